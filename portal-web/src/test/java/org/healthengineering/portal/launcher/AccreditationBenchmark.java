package org.healthengineering.portal.launcher;

import org.healthengineering.portal.domain.cpdaudit.SampleSelection;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.healthengineering.portal.launcher.BenchClient.fmt;
import static org.healthengineering.portal.launcher.BenchClient.json;
import static org.healthengineering.portal.launcher.BenchClient.list;
import static org.healthengineering.portal.launcher.BenchClient.median;
import static org.healthengineering.portal.launcher.BenchClient.percentile;
import static org.healthengineering.portal.launcher.BenchClient.require;

/**
 * {@code ./portal bench accreditation}: the figures issue 11 asks for, in one throw-away portal. The public
 * directory searched anonymously over 10,000 accredited courses with 100,000 mapped outcomes (p95 against
 * 100 ms); a completion upload of 10,000 rows through the API (against 5 s), then the same file with one bad row,
 * refused with nothing stored; and a CPD-audit campaign's selection over 100,000 eligible registrants in 10 strata
 * through the API (against 2 s), each verified by recomputation, and the draw alone from one seed, five times.
 */
public final class AccreditationBenchmark {

    private static final int COURSES = 10_000;
    private static final int OUTCOMES_PER_COURSE = 10;
    private static final int UPLOAD_ROWS = 10_000;
    private static final int ACCOUNTS_WITH_COMPLETIONS = 2_000;
    private static final int REGISTRANTS = 100_000;
    private static final String[] WORDS = {"infusion", "ventilator", "imaging", "dialysis", "sterilisation",
        "electrical", "safety", "calibration", "procurement", "leadership", "risk", "cyber", "networked", "theatre",
        "anaesthesia", "monitoring", "decommissioning", "governance", "budgeting", "incident"};

    private AccreditationBenchmark() {
    }

    static void run(BenchClient client, String[] db) throws Exception {
        String url = db[0] + (db[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        String staffEmail = "bench-provider@example.test";
        String staff = client.account(staffEmail, "TRAINING_PROVIDER");
        require(client.send("POST", "providers", client.admin(), "application/json", "{\"code\":\"BENCH-TP\","
                + "\"name\":\"Bench Training (synthetic)\",\"contactEmail\":\"courses@bench.example.test\"}"), 201);
        require(client.send("PUT", "providers/BENCH-TP/members", client.admin(), "application/json",
                "{\"members\":[\"" + staffEmail + "\"]}"), 200);
        String bearer = client.bearer(staff);

        System.out.println();
        System.out.printf("Loading %,d accredited courses with %,d mapped outcomes and %,d accounts …%n", COURSES,
                COURSES * OUTCOMES_PER_COURSE, ACCOUNTS_WITH_COMPLETIONS);
        long start = System.nanoTime();
        long firstCourse;
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            connection.setAutoCommit(false);
            firstCourse = generate(connection);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE course, course_outcome, course_session, account");
            }
        }
        System.out.printf("  loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);

        System.out.println();
        System.out.println("Public directory: GET /api/v1/accredited-courses, anonymous, 20 a page, 100 runs each");
        List<Long> competencies = competencies(db, url);
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("everything, first page", "");
        searches.put("words (\"ventilator\")", "q=ventilator");
        searches.put("competency and level", "competency=" + competencies.get(3) + "&level=3");
        searches.put("body and delivery", "body=IPEM&delivery=ONLINE");
        searches.put("words, competency, date", "q=safety&competency=" + competencies.get(5) + "&from="
                + LocalDate.now().plusDays(30));
        searches.put("page 50 of everything", "offset=980");
        for (Map.Entry<String, String> search : searches.entrySet()) {
            String path = "accredited-courses?" + search.getValue();
            HttpResponse<String> first = client.send("GET", path, null, null, null);
            require(first, 200);
            long total = json(first).getJsonNumber("total").longValue();
            for (int i = 0; i < 10; i++) {
                client.send("GET", path, null, null, null);
            }
            double[] times = new double[100];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                require(client.send("GET", path, null, null, null), 200);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf(Locale.ROOT, "  %-26s %,6d found: median %6.1f ms, p95 %6.1f ms   target p95 ≤ 100 ms%n",
                    search.getKey(), total, median(times), percentile(times, 0.95));
        }

        System.out.println();
        StringBuilder csv = new StringBuilder("email,completed_on,hours\n");
        LocalDate day = LocalDate.now();
        for (int i = 0; i < UPLOAD_ROWS; i++) {
            String email = i < ACCOUNTS_WITH_COMPLETIONS ? account(i) : "bench-waiting-" + i + "@example.test";
            csv.append(email).append(',').append(day.minusDays(i % 20)).append(",3.5\n");
        }
        System.out.printf("Completion upload of %,d rows (%,d of them engineers with accounts: verified CPD activities"
                + " linked to the course's competencies; the rest waiting)%n", UPLOAD_ROWS, ACCOUNTS_WITH_COMPLETIONS);
        String bad = csv + "not-an-email,2026-01-01,3\n";
        long t = System.nanoTime();
        HttpResponse<String> refused = client.send("POST", "courses/" + firstCourse + "/completions", bearer, "text/csv",
                bad);
        double refusedSeconds = (System.nanoTime() - t) / 1e9;
        require(refused, 400);
        long before = count(db, url, "SELECT COUNT(*) FROM course_completion");
        t = System.nanoTime();
        HttpResponse<String> accepted = client.send("POST", "courses/" + firstCourse + "/completions", bearer,
                "text/csv", csv.toString());
        double acceptedSeconds = (System.nanoTime() - t) / 1e9;
        require(accepted, 200);
        System.out.printf("  accepted: %s s (%s)   target ≤ 5 s%n", fmt(acceptedSeconds), accepted.body());
        System.out.printf("  refused first (the same file plus one bad row): %s s; completions stored before it %,d,"
                + " activities now %,d%n", fmt(refusedSeconds), before,
                count(db, url, "SELECT COUNT(*) FROM cpd_activity WHERE course_id IS NOT NULL"));

        audit(client, db);
    }

    /** The CPD-audit part alone ({@code ./portal bench audit}): a selection over 100,000 registrants in 10 strata. */
    static void audit(BenchClient client, String[] db) throws Exception {
        String url = db[0] + (db[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        System.out.println();
        System.out.printf("CPD audit campaign over %,d eligible registrants of one body in 10 strata (registration"
                + " titles), rate 2.5%%: POST /api/v1/audit-campaigns/{id}/selection, then …/selection/verify%n",
                REGISTRANTS);
        String auditAdmin = client.account("bench-audit-admin@example.test", "BODY_ADMIN");
        require(client.send("PUT", "bodies/BENCH-AUD", auditAdmin, "application/json", "{\"name\":\"Bench audit body"
                + " (synthetic)\",\"cpdPolicy\":\"Synthetic\",\"cycleMonths\":12,\"minActivityTypes\":0,"
                + "\"reflectionRequired\":false,\"requiredTypes\":[]}"), 200);
        long t = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            connection.setAutoCommit(false);
            registrants(connection);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE account, body_registration");
            }
        }
        System.out.printf("  %,d synthetic registrants loaded in %.0f s%n", REGISTRANTS, (System.nanoTime() - t) / 1e9);
        LocalDate today = LocalDate.now();
        String campaign = "{\"title\":\"Bench audit (synthetic)\",\"periodStart\":\"" + today.minusYears(2)
                + "\",\"periodEnd\":\"" + today.minusDays(1) + "\",\"samplingRate\":0.025,\"minimumYears\":2,"
                + "\"retiredIncluded\":false,\"stratifyByTitle\":true,\"deadline\":\"" + today.plusDays(90) + "\"}";
        double[] selections = new double[5];
        double[] verifications = new double[5];
        int sampled = 0;
        boolean matched = true;
        for (int i = 0; i < selections.length; i++) {
            HttpResponse<String> opened = client.send("POST", "bodies/BENCH-AUD/audit-campaigns", auditAdmin,
                    "application/json", campaign);
            require(opened, 201);
            long id = json(opened).getJsonNumber("id").longValue();
            long s0 = System.nanoTime();
            HttpResponse<String> drawn = client.send("POST", "audit-campaigns/" + id + "/selection", auditAdmin,
                    "application/json", "");
            selections[i] = (System.nanoTime() - s0) / 1e9;
            require(drawn, 201);
            long v0 = System.nanoTime();
            HttpResponse<String> verified = client.send("GET", "audit-campaigns/" + id + "/selection/verify",
                    auditAdmin, null, null);
            verifications[i] = (System.nanoTime() - v0) / 1e9;
            require(verified, 200);
            matched &= json(verified).getBoolean("matches");
            sampled = json(verified).getInt("stored");
        }
        System.out.printf("  %,d sampled per campaign; selection (eligibility, draw, %,d cases stored, notices) median"
                + " %s s (runs: %s)   target ≤ 2 s%n", sampled, sampled, fmt(median(selections)), list(selections));
        System.out.printf("  verification by recomputing from the stored seed and eligible list: median %s s;"
                + " every one matched: %s%n", fmt(median(verifications)), matched ? "yes" : "NO");
        Map<String, List<Long>> strata = new LinkedHashMap<>();
        for (long id = 1; id <= REGISTRANTS; id++) {
            strata.computeIfAbsent("Stratum " + (id % 10), k -> new ArrayList<>()).add(id);
        }
        double[] runs = new double[5];
        List<SampleSelection.Sampled> previous = null;
        boolean same = true;
        for (int i = 0; i < runs.length; i++) {
            long s1 = System.nanoTime();
            List<SampleSelection.Sampled> sample = SampleSelection.select("bench-seed-2026", new BigDecimal("0.025"),
                    strata, java.util.Set.of());
            runs[i] = (System.nanoTime() - s1) / 1e9;
            same &= previous == null || previous.equals(sample);
            previous = sample;
        }
        System.out.printf("  the draw alone (SampleSelection, in memory): median %s s; the same selection from one"
                + " seed every run: %s%n", fmt(median(runs)), same ? "yes" : "NO");
    }

    /** The audit body's registrants: confirmed engineers registered three years ago, ten registration titles. */
    private static void registrants(Connection connection) throws Exception {
        long body;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM professional_body WHERE code = 'BENCH-AUD'")) {
            rs.next();
            body = rs.getLong(1);
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (email, display_name,"
                + " password_hash, created_at, password_changed_at, email_confirmed_at) VALUES (?, ?, 'synthetic', ?, ?, ?)")) {
            for (int i = 0; i < REGISTRANTS; i++) {
                account.setString(1, "bench-registrant-" + i + "@example.test");
                account.setString(2, "Bench registrant " + i);
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.setTimestamp(5, now);
                account.addBatch();
                if (i % 5000 == 4999) {
                    account.executeBatch();
                }
            }
            account.executeBatch();
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO account_role (account_id, role) SELECT id, 'ENGINEER' FROM account"
                    + " WHERE email LIKE 'bench-registrant-%'");
            s.executeUpdate("INSERT INTO body_registration (account_id, body_id, registered_on, registration_title)"
                    + " SELECT id, " + body + ", DATE_SUB(CURRENT_DATE, INTERVAL 3 YEAR), CONCAT('Title ', MOD(id, 10))"
                    + " FROM account WHERE email LIKE 'bench-registrant-%'");
        }
    }

    private static String account(int i) {
        return "bench-engineer-" + i + "@example.test";
    }

    /** The courses, their sessions and outcomes, and the engineers' accounts; answers the first course's id. */
    private static long generate(Connection connection) throws Exception {
        long provider;
        long body;
        try (Statement s = connection.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT id FROM training_provider WHERE code = 'BENCH-TP'");
            rs.next();
            provider = rs.getLong(1);
            rs = s.executeQuery("SELECT id FROM professional_body WHERE code = 'IPEM'");
            rs.next();
            body = rs.getLong(1);
        }
        List<Long> competencies = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.id FROM competency c JOIN framework f ON f.id = c.framework_id"
                     + " WHERE f.status = 'PUBLISHED' AND c.parent_id IS NOT NULL")) {
            while (rs.next()) {
                competencies.add(rs.getLong(1));
            }
        }
        Random random = new Random(2026);
        LocalDate today = LocalDate.now();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement course = connection.prepareStatement("INSERT INTO course (provider_id, body_id, status,"
                + " kind, title, summary, audience, delivery, location, faculty, assessment_method, evaluation_method,"
                + " sponsored, created_at, first_submitted_on, submitted_at, review_round, decision, decided_at,"
                + " approval_code, credits, valid_from, valid_until) VALUES (?, ?, 'APPROVED', 'COURSE', ?, ?, ?, ?, ?,"
                + " 'Synthetic faculty', 'Synthetic assessment', 'Synthetic evaluation', FALSE, ?, ?, ?, 1, 'APPROVED',"
                + " ?, ?, 12, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < COURSES; i++) {
                String a = WORDS[random.nextInt(WORDS.length)];
                String b = WORDS[random.nextInt(WORDS.length)];
                course.setLong(1, provider);
                course.setLong(2, body);
                course.setString(3, "Synthetic " + a + " and " + b + " course " + i);
                course.setString(4, "A synthetic course on " + a + ", " + b + " and "
                        + WORDS[random.nextInt(WORDS.length)] + " for the benchmark.");
                course.setString(5, "Clinical engineers (synthetic)");
                boolean online = random.nextBoolean();
                course.setString(6, online ? "ONLINE" : "IN_PERSON");
                course.setString(7, online ? null : "Synthetic centre " + random.nextInt(50));
                course.setTimestamp(8, now);
                course.setObject(9, today.minusDays(400));
                course.setTimestamp(10, now);
                course.setTimestamp(11, now);
                course.setString(12, "IPEM-BENCH-" + String.format(Locale.ROOT, "%05d", i));
                course.setObject(13, today.minusDays(365));
                course.setObject(14, today.plusDays(365 + random.nextInt(700)));
                course.addBatch();
            }
            course.executeBatch();
        }
        long first;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(id) FROM course WHERE approval_code LIKE 'IPEM-BENCH-%'")) {
            rs.next();
            first = rs.getLong(1);
        }
        try (PreparedStatement session = connection.prepareStatement("INSERT INTO course_session (course_id, sort_order,"
                + " session_day, contact_hours, break_hours) VALUES (?, 0, ?, 7, 1)");
             PreparedStatement outcome = connection.prepareStatement("INSERT INTO course_outcome (course_id, sort_order,"
                     + " outcome, competency_id, level) VALUES (?, ?, ?, ?, ?)")) {
            for (long id = first; id < first + COURSES; id++) {
                session.setLong(1, id);
                session.setObject(2, today.plusDays(random.nextInt(400) - 200));
                session.addBatch();
                for (int o = 0; o < OUTCOMES_PER_COURSE; o++) {
                    outcome.setLong(1, id);
                    outcome.setInt(2, o);
                    outcome.setString(3, "Synthetic outcome " + o + ": " + WORDS[random.nextInt(WORDS.length)]);
                    outcome.setLong(4, competencies.get(random.nextInt(competencies.size())));
                    outcome.setInt(5, 1 + random.nextInt(5));
                    outcome.addBatch();
                }
                if ((id - first) % 1000 == 999) {
                    session.executeBatch();
                    outcome.executeBatch();
                }
            }
            session.executeBatch();
            outcome.executeBatch();
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE course c SET search_text = CONCAT(c.title, '\\n', c.summary, '\\n', (SELECT"
                    + " GROUP_CONCAT(o.outcome SEPARATOR '\\n') FROM course_outcome o WHERE o.course_id = c.id))"
                    + " WHERE c.approval_code LIKE 'IPEM-BENCH-%'");
        }
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (email, display_name,"
                + " password_hash, created_at, password_changed_at, email_confirmed_at) VALUES (?, ?, 'synthetic', ?, ?, ?)")) {
            for (int i = 0; i < ACCOUNTS_WITH_COMPLETIONS; i++) {
                account.setString(1, account(i));
                account.setString(2, "Bench engineer " + i);
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.setTimestamp(5, now);
                account.addBatch();
            }
            account.executeBatch();
        }
        return first;
    }

    private static List<Long> competencies(String[] db, String url) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2]);
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT competency_id FROM course_outcome ORDER BY competency_id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long count(String[] db, String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2]);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
