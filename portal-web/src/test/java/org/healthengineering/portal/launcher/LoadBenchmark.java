package org.healthengineering.portal.launcher;

import org.healthengineering.portal.application.startup.SyntheticHospitals;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;
import org.healthengineering.portal.domain.staffing.StaffingCsv;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.healthengineering.portal.launcher.BenchClient.percentile;
import static org.healthengineering.portal.launcher.BenchClient.require;

/**
 * {@code ./portal bench load}: 200 people at once against one node for five minutes: 170 engineers reading their home
 * and CPD pages (signed in through the sign-in page) and logging CPD activities (through the API with their tokens),
 * 30 board viewers reading their hospital's benchmark page and their home, and a hospital administrator uploading
 * a staffing CSV once a minute. Each person waits 2 to 8 seconds (5 on average) between actions. Prints the
 * requests, errors (any answer but the expected one, or none within 10 s), and the median, 95th and 99th
 * percentile latency of each kind of request and of all of them, against 0 errors and p99 under 500 ms.
 */
final class LoadBenchmark {

    private static final int ENGINEERS = 170;
    private static final int BOARD_VIEWERS = 30;
    private static final int RAMP_UP_SECONDS = 30;
    private static final int MEASURED_SECONDS = 300;
    private static final int UPLOAD_EVERY_SECONDS = 60;
    private static final int THINK_MIN_MILLIS = 2000;
    private static final int THINK_MAX_MILLIS = 8000;
    private static final String HOSPITAL = SyntheticHospitals.code(1);

    private LoadBenchmark() {
    }

    /** The latencies (ms) and errors of one kind of request, from the measured period only. */
    private static final class Kind {
        private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong errors = new AtomicLong();
        private final Map<String, AtomicLong> why = new ConcurrentHashMap<>();

        void record(double ms, String error) {
            millis.add(ms);
            if (error != null) {
                errors.incrementAndGet();
                why.computeIfAbsent(error, e -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    /** One person's action: its kind, and whether the answer was the one expected (null) or what went wrong. */
    private interface Action {
        String run() throws Exception;
    }

    static void run(BenchClient client, String[] db, int port) throws Exception {
        String base = "http://localhost:" + port;
        System.out.println();
        System.out.printf("Setting up %d engineers and %d board viewers of %s (accounts, API tokens, sign-in through the"
                + " page) …%n", ENGINEERS, BOARD_VIEWERS, HOSPITAL);
        long setUp = System.nanoTime();
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<Future<String[]>> engineerFutures = new ArrayList<>();
        for (int i = 1; i <= ENGINEERS; i++) {
            String email = "load-engineer-" + i + "@example.test";
            engineerFutures.add(setup.submit(() -> {
                String basic = client.account(email, "ENGINEER");
                return new String[] {email, client.bearer(basic)};
            }));
        }
        List<String> boardEmails = new ArrayList<>();
        List<Future<?>> boardFutures = new ArrayList<>();
        for (int i = 1; i <= BOARD_VIEWERS; i++) {
            String email = "load-board-" + i + "@example.test";
            boardEmails.add(email);
            boardFutures.add(setup.submit(() -> client.account(email, "BOARD_VIEWER")));
        }
        String adminEmail = "load-hospital-admin@example.test";
        String admin = client.bearer(client.account(adminEmail, "HOSPITAL_ADMIN"));
        for (Future<?> f : boardFutures) {
            f.get();
        }
        require(client.send("PUT", "hospitals/" + HOSPITAL + "/members", client.admin(), "application/json",
                "{\"administrators\":[\"" + adminEmail + "\"],\"boardViewers\":[\"" + String.join("\",\"", boardEmails)
                        + "\"]}"), 200);
        List<Future<PageSession>> engineerSessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (Future<String[]> f : engineerFutures) {
            String[] engineer = f.get();
            tokens.add(engineer[1]);
            engineerSessions.add(setup.submit(() -> PageSession.signIn(base, engineer[0], BenchClient.PASSWORD)));
        }
        List<Future<PageSession>> boardSessions = new ArrayList<>();
        for (String email : boardEmails) {
            boardSessions.add(setup.submit(() -> PageSession.signIn(base, email, BenchClient.PASSWORD)));
        }
        List<PageSession> engineers = new ArrayList<>();
        for (Future<PageSession> f : engineerSessions) {
            engineers.add(f.get());
        }
        List<PageSession> boards = new ArrayList<>();
        for (Future<PageSession> f : boardSessions) {
            boards.add(f.get());
        }
        setup.shutdown();
        System.out.printf("  ready in %.0f s%n", (System.nanoTime() - setUp) / 1e9);

        Map<String, Kind> kinds = new TreeMap<>();
        for (String name : List.of("engineer: home page", "engineer: CPD page", "engineer: log CPD (API)",
                "board: benchmark page", "board: home page", "hospital: staffing CSV upload")) {
            kinds.put(name, new Kind());
        }
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(RAMP_UP_SECONDS);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(MEASURED_SECONDS);
        System.out.printf("%d people for %d s (the first %d s ramp up and are not counted), each waiting %d–%d ms"
                        + " between actions; a CSV upload every %d s …%n", ENGINEERS + BOARD_VIEWERS,
                RAMP_UP_SECONDS + MEASURED_SECONDS, RAMP_UP_SECONDS, THINK_MIN_MILLIS, THINK_MAX_MILLIS,
                UPLOAD_EVERY_SECONDS);
        ExecutorService people = Executors.newFixedThreadPool(ENGINEERS + BOARD_VIEWERS + 1);
        CountDownLatch done = new CountDownLatch(ENGINEERS + BOARD_VIEWERS + 1);
        AtomicLong activity = new AtomicLong();
        for (int i = 0; i < ENGINEERS; i++) {
            PageSession session = engineers.get(i);
            String token = tokens.get(i);
            long seed = i;
            people.submit(() -> person(seed, start, measureFrom, end, done, kinds, random -> {
                int roll = random.nextInt(100);
                if (roll < 45) {
                    return new Object[] {"engineer: home page", (Action) () -> page(session, "/index.xhtml",
                            "id=\"home-cpd\"")};
                }
                if (roll < 65) {
                    return new Object[] {"engineer: CPD page", (Action) () -> page(session, "/cpd/index.xhtml",
                            "id=\"cpd-form:activities\"")};
                }
                return new Object[] {"engineer: log CPD (API)", (Action) () -> logCpd(client, token,
                        activity.incrementAndGet())};
            }));
        }
        for (int i = 0; i < BOARD_VIEWERS; i++) {
            PageSession session = boards.get(i);
            long seed = 10_000 + i;
            people.submit(() -> person(seed, start, measureFrom, end, done, kinds, random -> random.nextInt(100) < 60
                    ? new Object[] {"board: benchmark page", (Action) () -> page(session,
                    "/hospitals/benchmark.xhtml?code=" + HOSPITAL, "id=\"benchmark-form\"")}
                    : new Object[] {"board: home page", (Action) () -> page(session, "/index.xhtml",
                    "id=\"home-hospitals\"")}));
        }
        String csv = staffingCsv();
        people.submit(() -> {
            try {
                long next = start + TimeUnit.SECONDS.toNanos(5);
                while (next < end) {
                    sleepUntil(next);
                    long t = System.nanoTime();
                    String error;
                    try {
                        HttpResponse<String> answer = client.send("POST", "staffing-returns", admin, "text/csv", csv);
                        error = answer.statusCode() == 201 ? null : "answered " + answer.statusCode();
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName();
                    }
                    if (t >= measureFrom) {
                        kinds.get("hospital: staffing CSV upload").record((System.nanoTime() - t) / 1e6, error);
                    }
                    next += TimeUnit.SECONDS.toNanos(UPLOAD_EVERY_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.countDown();
            }
        });
        done.await();
        people.shutdownNow();

        System.out.println();
        System.out.printf("  %-32s %8s %7s %9s %9s %9s%n", "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms");
        List<Double> all = new ArrayList<>();
        long errors = 0;
        for (Map.Entry<String, Kind> entry : kinds.entrySet()) {
            Kind kind = entry.getValue();
            double[] ms = kind.millis.stream().mapToDouble(Double::doubleValue).toArray();
            all.addAll(kind.millis);
            errors += kind.errors.get();
            System.out.printf(Locale.ROOT, "  %-32s %8d %7d %9.1f %9.1f %9.1f%s%n", entry.getKey(), ms.length,
                    kind.errors.get(), ms.length == 0 ? 0 : percentile(ms, 0.5), ms.length == 0 ? 0 : percentile(ms, 0.95),
                    ms.length == 0 ? 0 : percentile(ms, 0.99), kind.why.isEmpty() ? "" : "   " + kind.why);
        }
        double[] ms = all.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "  %-32s %8d %7d %9.1f %9.1f %9.1f%n", "all", ms.length, errors,
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99));
        System.out.printf(Locale.ROOT, "  %.1f requests per second; targets: 0 errors (%s), p99 < 500 ms (%s)%n",
                ms.length / (double) MEASURED_SECONDS, errors == 0 ? "met" : "NOT MET",
                percentile(ms, 0.99) < 500 ? "met" : "NOT MET");
    }

    /** A person's actions until the end, each after a pause; their latencies counted once the ramp-up is over. */
    private static void person(long seed, long start, long measureFrom, long end, CountDownLatch done,
                               Map<String, Kind> kinds, java.util.function.Function<SplittableRandom, Object[]> next) {
        SplittableRandom random = new SplittableRandom(seed);
        try {
            // People arrive over the ramp-up.
            sleepUntil(start + (long) (random.nextDouble() * TimeUnit.SECONDS.toNanos(RAMP_UP_SECONDS)));
            while (System.nanoTime() < end) {
                Object[] chosen = next.apply(random);
                long t = System.nanoTime();
                String error;
                try {
                    error = ((Action) chosen[1]).run();
                } catch (Exception e) {
                    error = e.getClass().getSimpleName();
                }
                double ms = (System.nanoTime() - t) / 1e6;
                if (t >= measureFrom && t < end) {
                    kinds.get((String) chosen[0]).record(ms, error);
                }
                Thread.sleep(random.nextInt(THINK_MIN_MILLIS, THINK_MAX_MILLIS + 1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    private static String page(PageSession session, String path, String marker) throws Exception {
        HttpResponse<String> answer = session.fetch(path);
        if (answer.statusCode() != 200) {
            return "answered " + answer.statusCode();
        }
        return answer.body().contains(marker) ? null : "200 without " + marker;
    }

    private static String logCpd(BenchClient client, String token, long n) throws Exception {
        LocalDate day = LocalDate.now().minusDays(n % 300);
        HttpResponse<String> answer = client.send("POST", "me/cpd", token, "application/json",
                "{\"title\":\"Synthetic load activity " + n + "\",\"type\":\"WORK_BASED_LEARNING\",\"startDate\":\""
                        + day + "\",\"endDate\":\"" + day + "\",\"hours\":1.0,\"learned\":\"Synthetic.\","
                        + "\"applied\":\"Synthetic.\",\"benefit\":\"Synthetic.\"}");
        return answer.statusCode() == 201 ? null : "answered " + answer.statusCode();
    }

    /** The hospital's last 20 quarters × 6 staff groups, as a board would upload them (each upload a new revision). */
    private static String staffingCsv() {
        StringBuilder csv = new StringBuilder(String.join(",", StaffingCsv.COLUMNS)).append('\n');
        for (Quarter quarter : Quarter.of(LocalDate.now()).minus(1).lastQuarters(20)) {
            for (StaffGroup group : StaffGroup.values()) {
                csv.append(HOSPITAL).append(',').append(quarter).append(',').append(group.name())
                        .append(",12.5,11.25,1.25,0.5,1,3,6,4\n");
            }
        }
        return csv.toString();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
