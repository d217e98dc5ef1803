package org.healthengineering.portal.launcher;

import org.healthengineering.portal.application.startup.DemoData;
import org.healthengineering.portal.launcher.bare.BareCards;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.healthengineering.portal.launcher.BenchClient.json;
import static org.healthengineering.portal.launcher.BenchClient.median;
import static org.healthengineering.portal.launcher.BenchClient.require;

/**
 * {@code ./portal bench pages}: the portal's busiest pages against a bare PrimeFaces page (a WAR of its own, built
 * here from test resources and deployed beside the portal on the same Payara Micro), each with a session signed in
 * through the sign-in page, loaded by wrk (2 threads × 16 connections): a warm-up, then alternating rounds; prints
 * requests per second, the median and 99th-percentile latency, the ratio to the bare page, and the SQL statements one
 * request of each page runs, before and after the engineer's CPD log grows to 500 activities.
 */
final class PageBenchmark {

    private static final int THREADS = 2;
    private static final int CONNECTIONS = 16;
    private static final int WARM_UP_SECONDS = 30;
    private static final int ROUND_SECONDS = 5;
    private static final int ROUNDS = 3;
    private static final int CPD_ACTIVITIES = 500;
    private static final String ENGINEER = "ada.engineer@demo.example.org";
    private static final String BOARD_VIEWER = "finn.board@demo.example.org";

    /** A page measured: its name, address, the session it is read in, a marker its content must hold, its target. */
    private record Page(String name, String path, PageSession session, String marker, double target) {
    }

    private PageBenchmark() {
    }

    /** The bare WAR, written to {@code dir}: the reference page, its bean, the portal's Faces settings and PrimeFaces. */
    static Path bareWar(Path dir) throws IOException {
        Path war = dir.resolve("bare.war");
        Path primeFaces;
        try {
            primeFaces = Path.of(org.primefaces.PrimeFaces.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        ShrinkWrap.create(WebArchive.class, "bare.war")
                .addClasses(BareCards.class, BareCards.Card.class)
                .addAsWebResource(PageBenchmark.class.getResource("/bench/bare/index.xhtml"), "index.xhtml")
                .setWebXML(PageBenchmark.class.getResource("/bench/bare/web.xml"))
                .addAsWebInfResource(PageBenchmark.class.getResource("/bench/bare/beans.xml"), "beans.xml")
                .addAsLibrary(primeFaces.toFile())
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    static void run(BenchClient client, String[] db, int port) throws Exception {
        String base = "http://localhost:" + port;
        PageSession engineer = PageSession.signIn(base, ENGINEER, DemoData.PASSWORD);
        PageSession board = PageSession.signIn(base, BOARD_VIEWER, DemoData.PASSWORD);
        PageSession bare = PageSession.visit(base, "/bare/index.xhtml");
        List<Page> pages = List.of(
                new Page("bare PrimeFaces page", "/bare/index.xhtml", bare, "id=\"cards-form\"", 0),
                new Page("engineer's home", "/index.xhtml", engineer, "id=\"home-cpd\"", 0.6),
                new Page("CPD page (" + CPD_ACTIVITIES + " activities)", "/cpd/index.xhtml", engineer,
                        "id=\"cpd-form:activities\"", 0.5),
                new Page("readiness", "/competence/readiness.xhtml", engineer, "class=\"figure readiness-card", 0.5),
                new Page("benchmark (DEMO-RXX)", "/hospitals/benchmark.xhtml?code=DEMO-RXX", board,
                        "id=\"benchmark-form\"", 0.5),
                new Page("board viewer's home", "/index.xhtml", board, "id=\"home-hospitals\"", 0.5));

        long self;
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
            long first = ServerStatements.count(connection);
            self = ServerStatements.count(connection) - first; // what reading the counters adds itself
        }
        System.out.println();
        System.out.println("SQL statements of one request of each page (server counters; until two requests agree):");
        Map<Page, Long> before = new LinkedHashMap<>();
        for (Page page : pages) {
            before.put(page, statements(db, page, self));
        }
        int logged = growCpd(client, db);
        Map<Page, Long> after = new LinkedHashMap<>();
        for (Page page : pages) {
            after.put(page, statements(db, page, self));
        }
        System.out.printf("  %-34s %9s %9s  %s%n", "page", "before", "after", "(after: the engineer's CPD log has "
                + logged + " more activities)");
        for (Page page : pages) {
            System.out.printf("  %-34s %9d %9d  %s%n", page.name(), before.get(page), after.get(page),
                    before.get(page).equals(after.get(page)) ? "constant" : "GROWS WITH THE DATA");
        }

        Wrk wrk = Wrk.open(Files.createTempDirectory("page-bench"), THREADS, CONNECTIONS);
        System.out.println();
        System.out.printf("wrk %d threads × %d connections; warm-up %d s per page, then %d alternating rounds of %d s"
                + " per page …%n", THREADS, CONNECTIONS, WARM_UP_SECONDS, ROUNDS, ROUND_SECONDS);
        long warmUpWrong = 0;
        for (Page page : pages) {
            warmUpWrong += wrk.run(base + page.path(), page.session().cookies(), page.session().version(),
                    WARM_UP_SECONDS).wrongAnswers();
        }
        Map<Page, List<Wrk.Run>> runs = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Page page : pages) {
                runs.computeIfAbsent(page, p -> new ArrayList<>())
                        .add(wrk.run(base + page.path(), page.session().cookies(),
                                page.session().version(), ROUND_SECONDS));
            }
        }
        double bareRate = medianRate(runs.get(pages.get(0)));
        System.out.println();
        System.out.printf("  %-34s %8s %9s %9s %8s %8s %8s %s%n", "page", "bytes", "req/s", "p50 ms", "p99 ms",
                "ratio", "target", "wrong answers");
        for (Page page : pages) {
            List<Wrk.Run> of = runs.get(page);
            double rate = medianRate(of);
            double ratio = rate / bareRate;
            long wrong = of.stream().mapToLong(Wrk.Run::wrongAnswers).sum();
            System.out.printf(Locale.ROOT, "  %-34s %8d %9.0f %9.1f %8.1f %8.2f %8s %d%s%n", page.name(),
                    page.session().get(page.path(), page.marker()).length(), rate,
                    median(of.stream().mapToDouble(Wrk.Run::p50).toArray()),
                    median(of.stream().mapToDouble(Wrk.Run::p99).toArray()), ratio,
                    page.target() == 0 ? "" : "≥ " + page.target(), wrong,
                    page.target() == 0 || ratio >= page.target() ? "" : "   BELOW TARGET");
        }
        System.out.println("  wrong answers during the warm-up: " + warmUpWrong);
        System.out.println("  (req/s and latencies: the median of the rounds; rates per round: "
                + pages.stream().map(p -> runs.get(p).stream().map(r -> String.format(Locale.ROOT, "%.0f",
                        r.requestsPerSecond())).collect(Collectors.joining("/"))).collect(Collectors.joining(", "))
                + ")");
    }

    private static double medianRate(List<Wrk.Run> runs) {
        return median(runs.stream().mapToDouble(Wrk.Run::requestsPerSecond).toArray());
    }

    /** Logs CPD activities for the engineer through the API until they have {@link #CPD_ACTIVITIES}. */
    private static int growCpd(BenchClient client, String[] db) throws Exception {
        String bearer = client.bearer(BenchClient.basic(ENGINEER, DemoData.PASSWORD));
        int total = json(client.send("GET", "me/cpd?limit=1", bearer, null, null)).getInt("total");
        LocalDate day = LocalDate.now().minusDays(1);
        String[] types = {"FORMAL_LEARNING", "WORK_BASED_LEARNING", "SELF_DIRECTED_LEARNING", "PROFESSIONAL_ACTIVITY"};
        int logged = 0;
        for (int i = total; i < CPD_ACTIVITIES; i++) {
            LocalDate on = day.minusDays(i % 700);
            require(client.send("POST", "me/cpd", bearer, "application/json", "{\"title\":\"Synthetic bench activity "
                    + (i + 1) + "\",\"type\":\"" + types[i % types.length] + "\",\"startDate\":\"" + on
                    + "\",\"endDate\":\"" + on + "\",\"hours\":1.5,\"learned\":\"Synthetic.\",\"applied\":\"Synthetic.\","
                    + "\"benefit\":\"Synthetic.\"}"), 201);
            logged++;
        }
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2]);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE cpd_activity");
        }
        return logged;
    }

    /**
     * The statements one request of the page runs, once two requests in a row agree (at most five), less the
     * {@code self} that reading the counters adds.
     */
    private static long statements(String[] db, Page page, long self) throws Exception {
        page.session().get(page.path(), page.marker());
        Thread.sleep(500);
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
            long previous = -1;
            for (int run = 0; run < 5; run++) {
                long start = ServerStatements.count(connection);
                page.session().get(page.path(), page.marker());
                long counted = ServerStatements.count(connection) - start - self;
                if (counted == previous) {
                    return counted;
                }
                previous = counted;
            }
            throw new IllegalStateException("no two requests of " + page.path() + " ran the same number of statements");
        }
    }
}
