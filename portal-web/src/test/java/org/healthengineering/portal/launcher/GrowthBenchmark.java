package org.healthengineering.portal.launcher;

import org.healthengineering.portal.application.BatchInserts;
import org.healthengineering.portal.application.startup.DemoData;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.healthengineering.portal.launcher.BenchClient.median;
import static org.healthengineering.portal.launcher.BenchClient.percentile;

/**
 * {@code ./portal bench growth}: one engineer's pages at national size against the same at a small one (issue 14).
 * On the demo data, Ada's CPD log grows to {@link #ADA_ACTIVITIES} activities; then clearly synthetic engineers are
 * written over JDBC batches, {@link #ACTIVITIES} CPD activities, {@link #ASSESSMENTS} self-assessments and
 * evidence metadata for every tenth activity each: first to {@link #SMALL} engineers, where Ada's home, CPD page,
 * her CPD list's first and 50th page with a filter (the lazy table's query, through the API), readiness and
 * portfolio are timed; then to {@link #LARGE} (10 million activities, 1 million assessments), where the same are
 * timed again, each against at most 1.2 times its small-data median. It prints the load's time and rate, each
 * answer's SQL statements at both sizes, and the server's EXPLAIN of every statement one answer of each runs at the
 * large size (read from the server's general log).
 */
final class GrowthBenchmark {

    static final int SMALL = 1_000;
    static final int LARGE = 100_000;
    static final int ACTIVITIES = 100;
    static final int ASSESSMENTS = 10;
    static final int ADA_ACTIVITIES = 1_100;
    private static final int CHUNK = 500;
    private static final String ENGINEER = "ada.engineer@demo.example.org";
    private static final String[] TYPES = {"FORMAL_LEARNING", "WORK_BASED_LEARNING", "SELF_DIRECTED_LEARNING",
            "PROFESSIONAL_ACTIVITY"};

    private GrowthBenchmark() {
    }

    /** One thing timed: what it is, and one request of it (which must succeed). */
    private record Probe(String name, Call call) {
    }

    @FunctionalInterface
    private interface Call {
        void once() throws Exception;
    }

    private record Timing(double median, double p95, long statements) {
    }

    static void run(BenchClient client, PortalLauncher launcher, int port) throws Exception {
        String[] db = launcher.database();
        String url = db[0] + (db[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        String base = "http://localhost:" + port;
        EmbeddedDatabase admin = launcher.embedded().orElseThrow(() -> new IllegalStateException(
                "./portal bench growth needs the embedded database (its general log gives the EXPLAINs)"));
        HttpClient http = HttpClient.newHttpClient();
        String bearer = client.bearer(BenchClient.basic(ENGINEER, DemoData.PASSWORD));
        List<Probe> probes;
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            connection.setAutoCommit(false);
            long ada = id(connection, ENGINEER);
            int grown = growAda(connection, ada);
            System.out.printf("%nAda's CPD log grown by %,d activities to %,d (half formal or work-based learning)%n",
                    grown, ADA_ACTIVITIES);
            PageSession session = PageSession.signIn(base, ENGINEER, DemoData.PASSWORD);
            probes = List.of(
                    new Probe("home page", () -> session.get("/index.xhtml", "id=\"home-cpd\"")),
                    new Probe("CPD page (lazy table's first page)", () -> session.get("/cpd/index.xhtml",
                            "id=\"cpd-form:activities\"")),
                    new Probe("CPD list, page 1, type filter", () -> api(http, base, bearer,
                            "me/cpd?type=FORMAL_LEARNING&offset=0&limit=10", "application/json")),
                    new Probe("CPD list, page 50, type filter", () -> api(http, base, bearer,
                            "me/cpd?type=FORMAL_LEARNING&offset=490&limit=10", "application/json")),
                    new Probe("readiness page", () -> session.get("/competence/readiness.xhtml",
                            "class=\"figure readiness-card")),
                    new Probe("portfolio (PDF)", () -> api(http, base, bearer, "me/portfolio", "application/pdf")));

            // Loads only: commits flush the log once a second instead of each time; timings run with the default.
            admin.administer("SET GLOBAL innodb_flush_log_at_trx_commit = 2;");
            List<Long> competencies = ids(connection, "SELECT id FROM competency ORDER BY id LIMIT 40");
            long start = System.nanoTime();
            int engineers = engineers(connection, 0, SMALL, competencies);
            analyze(connection);
            admin.administer("SET GLOBAL innodb_flush_log_at_trx_commit = 1;");
            System.out.printf("%,d synthetic engineers written in %.1f s%n", engineers,
                    (System.nanoTime() - start) / 1e9);
            // Timed twice, the second kept: the first run of a fresh JVM is still compiling its hot paths, which
            // would flatter the large size by comparison.
            time(probes, connection);
            System.out.println("  (again, the JVM warmer; these are the small-data figures compared)");
            Map<Probe, Timing> small = time(probes, connection);

            System.out.printf("%nGrowing to %,d engineers (%,d CPD activities, %,d assessments, %,d evidence"
                    + " files' metadata) …%n", LARGE, (long) LARGE * ACTIVITIES, (long) LARGE * ASSESSMENTS,
                    (long) LARGE * ACTIVITIES / 10);
            admin.administer("SET GLOBAL innodb_flush_log_at_trx_commit = 2;");
            start = System.nanoTime();
            engineers += engineers(connection, SMALL, LARGE, competencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            analyze(connection);
            admin.administer("SET GLOBAL innodb_flush_log_at_trx_commit = 1;");
            System.out.printf("  %,d engineers in all; the %,d added in %.0f s (%,.0f CPD activities per second)%n",
                    engineers, LARGE - SMALL, seconds, (LARGE - SMALL) * (double) ACTIVITIES / seconds);
            System.out.println("  in the database: " + counts(connection));
            Map<Probe, Timing> large = time(probes, connection);

            System.out.println();
            System.out.printf("  %-36s %14s %14s %7s %12s   %s%n", "Ada's answer", SMALL + " median/p95",
                    LARGE + " median/p95", "ratio", "statements", "target ≤ 1.2");
            for (Probe probe : probes) {
                Timing s = small.get(probe);
                Timing l = large.get(probe);
                double ratio = l.median() / s.median();
                System.out.printf(Locale.ROOT, "  %-36s %6.1f/%5.1f ms %6.1f/%5.1f ms %7.2f %5d → %-5d  %s%n",
                        probe.name(), s.median(), s.p95(), l.median(), l.p95(), ratio, s.statements(),
                        l.statements(), ratio <= 1.2 ? "met" : "NOT MET");
            }
            explain(admin, connection, probes);
        }
    }

    /** Ada's log grows to {@link #ADA_ACTIVITIES} synthetic activities, spread over three years. */
    private static int growAda(Connection connection, long ada) throws SQLException {
        int have = count(connection, "SELECT COUNT(*) FROM cpd_activity WHERE account_id = " + ada);
        List<Object[]> rows = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = have; i < ADA_ACTIVITIES; i++) {
            LocalDate on = today.minusDays(1 + i % 1_000);
            rows.add(activity(ada, "Synthetic growth activity " + (i + 1), TYPES[i % 2], on, 1.5));
        }
        if (!rows.isEmpty()) {
            insertActivities(connection, rows);
            evidence(connection, ada, ada);
        }
        connection.commit();
        return rows.size();
    }

    /** Writes engineers numbered {@code from} to {@code to} (exclusive) with their CPD, assessments and evidence. */
    private static int engineers(Connection connection, int from, int to, List<Long> competencies)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        for (int first = from; first < to; first += CHUNK) {
            int last = Math.min(to, first + CHUNK);
            List<Long> ids;
            try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (email, display_name,"
                    + " password_hash, created_at, password_changed_at, email_confirmed_at) VALUES (?, ?, '!', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int e = first; e < last; e++) {
                    account.setString(1, "growth-" + e + "@example.test");
                    account.setString(2, "Growth engineer " + e + " (synthetic)");
                    account.setObject(3, now);
                    account.setObject(4, now);
                    account.setObject(5, now);
                    account.addBatch();
                }
                ids = BatchInserts.execute(account, last - first);
            }
            List<Object[]> roles = new ArrayList<>();
            List<Object[]> activities = new ArrayList<>();
            List<Object[]> assessments = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                SplittableRandom random = new SplittableRandom(first + i);
                roles.add(new Object[] {id, "ENGINEER"});
                for (int a = 0; a < ACTIVITIES; a++) {
                    LocalDate on = today.minusDays(1 + random.nextInt(1_500));
                    activities.add(activity(id, "Synthetic activity " + (a + 1), TYPES[random.nextInt(TYPES.length)],
                            on, 0.5 + random.nextInt(16) / 2.0));
                }
                for (int a = 0; a < ASSESSMENTS; a++) {
                    assessments.add(new Object[] {id, competencies.get(random.nextInt(competencies.size())),
                            1 + random.nextInt(4), "SELF", now.minusDays(random.nextInt(900))});
                }
            }
            BatchInserts.rows(connection, "INSERT INTO account_role (account_id, role) VALUES ", roles, "");
            insertActivities(connection, activities);
            BatchInserts.rows(connection, "INSERT INTO competency_assessment (account_id, competency_id, level,"
                    + " source, assessed_at) VALUES ", assessments, "");
            evidence(connection, ids.get(0), ids.get(ids.size() - 1));
            connection.commit();
            if ((last - from) % 10_000 == 0 || last == to) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "  %,7d engineers written (%,.0f CPD activities per second)%n", last,
                        (last - from) * (double) ACTIVITIES / seconds);
            }
        }
        return to - from;
    }

    private static Object[] activity(long account, String title, String type, LocalDate on, double hours) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return new Object[] {account, title, type, on, on, hours, "Synthetic: what I learned.",
                "Synthetic: how I applied it.", "Synthetic: who benefited.", now, now};
    }

    private static void insertActivities(Connection connection, List<Object[]> rows) throws SQLException {
        BatchInserts.rows(connection, "INSERT INTO cpd_activity (account_id, title, activity_type, start_date,"
                + " end_date, hours, learned, applied, benefit, created_at, updated_at) VALUES ", rows, "");
    }

    /** Evidence metadata (a tiny synthetic file) for every tenth activity of the accounts in the id range. */
    private static void evidence(Connection connection, long firstAccount, long lastAccount) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO evidence_file (owner_id, activity_id,"
                + " file_name, media_type, size_bytes, sha256, content, uploaded_at) SELECT account_id, id,"
                + " CONCAT('synthetic-', id, '.pdf'), 'application/pdf', 9, SHA2(CONCAT('synthetic', id), 256),"
                + " 'synthetic', created_at FROM cpd_activity WHERE account_id BETWEEN ? AND ? AND MOD(id, 10) = 0")) {
            insert.setLong(1, firstAccount);
            insert.setLong(2, lastAccount);
            insert.executeUpdate();
        }
    }

    /**
     * Warms up (three passes over every probe, 20 requests each: the JIT and the buffer pool), then times each probe
     * 60 times one request after another; and counts its statements (the fewest of 3).
     */
    private static Map<Probe, Timing> time(List<Probe> probes, Connection connection) throws Exception {
        Map<Probe, Timing> timings = new LinkedHashMap<>();
        connection.setAutoCommit(true);
        for (int pass = 0; pass < 3; pass++) {
            for (Probe probe : probes) {
                for (int i = 0; i < 20; i++) {
                    probe.call().once();
                }
            }
        }
        for (Probe probe : probes) {
            double[] ms = new double[60];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                probe.call().once();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            long statements = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long before = ServerStatements.count(connection);
                probe.call().once();
                statements = Math.min(statements, ServerStatements.count(connection) - before - 1);
            }
            timings.put(probe, new Timing(median(ms), percentile(ms, 0.95), statements));
            System.out.printf(Locale.ROOT, "  %-36s median %6.1f ms, p95 %6.1f ms, %d statements%n", probe.name(),
                    median(ms), percentile(ms, 0.95), statements);
        }
        connection.setAutoCommit(false);
        return timings;
    }

    /**
     * One request of each probe with the server's general log on; then the server's EXPLAIN of each distinct SELECT
     * it ran (the portal's client-side prepared statements reach the log with their values).
     */
    private static void explain(EmbeddedDatabase admin, Connection connection, List<Probe> probes) throws Exception {
        connection.setAutoCommit(true);
        admin.administer("TRUNCATE TABLE mysql.general_log; SET GLOBAL log_output = 'TABLE';"
                + " SET GLOBAL general_log = 'ON';");
        for (Probe probe : probes) {
            mark(connection, probe.name());
            probe.call().once();
        }
        mark(connection, "end");
        admin.administer("SET GLOBAL general_log = 'OFF'; DROP TABLE IF EXISTS " + EmbeddedDatabase.DATABASE
                + ".bench_general_log; CREATE TABLE " + EmbeddedDatabase.DATABASE + ".bench_general_log AS"
                + " SELECT event_time, argument FROM mysql.general_log WHERE command_type = 'Query';");
        Map<String, Set<String>> byProbe = new LinkedHashMap<>();
        String current = null;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM bench_general_log"
                     + " ORDER BY event_time")) {
            while (rs.next()) {
                String sql = rs.getString(1).trim();
                if (sql.startsWith("SELECT 'growth-probe:")) {
                    current = sql.substring("SELECT 'growth-probe:".length(), sql.length() - 1);
                    continue;
                }
                boolean select = sql.regionMatches(true, 0, "SELECT", 0, 6);
                boolean background = sql.contains("benchmark_stale") || sql.contains("outbox_mail")
                        || sql.contains("scheduled_run") || sql.contains("Com_select") || sql.startsWith("SELECT 1");
                if (current != null && !current.equals("end") && select && !background) {
                    byProbe.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(sql);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE bench_general_log");
        }
        System.out.println();
        System.out.println("EXPLAIN of each statement one answer runs, at " + String.format("%,d", LARGE)
                + " engineers (table, access type, key, rows examined, extra):");
        for (Map.Entry<String, Set<String>> probe : byProbe.entrySet()) {
            System.out.println("  " + probe.getKey() + ":");
            for (String sql : probe.getValue()) {
                System.out.println("    " + (sql.length() > 150 ? sql.substring(0, 147) + "…" : sql));
                try (Statement statement = connection.createStatement();
                     ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
                    while (plan.next()) {
                        System.out.printf("      %-28s %-7s %-40s %8s  %s%n", plan.getString("table"),
                                plan.getString("type"), plan.getString("key"), plan.getString("rows"),
                                plan.getString("Extra") == null ? "" : plan.getString("Extra"));
                    }
                } catch (SQLException e) {
                    System.out.println("      (no plan: " + e.getMessage() + ")");
                }
            }
        }
    }

    private static void mark(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 'growth-probe:" + name.replace("'", "") + "'").close();
        }
    }

    private static void api(HttpClient http, String base, String bearer, String path, String accept)
            throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/" + path))
                .header("Authorization", bearer).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
    }

    private static void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE account, account_role, cpd_activity, competency_assessment,"
                    + " evidence_file");
        }
        connection.commit();
    }

    private static String counts(Connection connection) throws SQLException {
        return String.format("%,d accounts, %,d CPD activities, %,d assessments, %,d evidence files",
                count(connection, "SELECT COUNT(*) FROM account"),
                count(connection, "SELECT COUNT(*) FROM cpd_activity"),
                count(connection, "SELECT COUNT(*) FROM competency_assessment"),
                count(connection, "SELECT COUNT(*) FROM evidence_file"));
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long id(Connection connection, String email) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
