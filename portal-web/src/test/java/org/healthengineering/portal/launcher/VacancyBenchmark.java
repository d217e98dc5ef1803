package org.healthengineering.portal.launcher;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.healthengineering.portal.launcher.BenchClient.median;
import static org.healthengineering.portal.launcher.BenchClient.percentile;
import static org.healthengineering.portal.launcher.BenchClient.require;

/**
 * {@code ./portal bench vacancies} (issue 12): one engineer's eligibility across 1,000 open vacancies (each with a
 * specification of three criteria) through {@code GET /api/v1/vacancies}, against p95 ≤ 200 ms, and a shortlister's
 * view of one vacancy with 500 applications through {@code GET /api/v1/vacancies/{id}/applications}, against
 * p95 ≤ 300 ms; each with the SQL statements one answer runs, beside the same answer over much less data (constant:
 * nothing per vacancy or per application). The synthetic vacancies and applications are written over JDBC.
 */
final class VacancyBenchmark {

    private static final int VACANCIES = 1_000;
    private static final int APPLICATIONS = 500;
    private static final int RUNS = 40;

    private VacancyBenchmark() {
    }

    static void run(BenchClient client, String[] db) throws Exception {
        String url = db[0] + (db[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        require(client.send("POST", "hospitals", client.admin(), "application/json", "{\"code\":\"BENCH-VH\","
                + "\"name\":\"Bench Vacancy Hospital (synthetic)\",\"kind\":\"ACUTE\",\"region\":\"Bench\",\"beds\":500,"
                + "\"medicalDevices\":10000,\"consentsToBeNamed\":false}"), 201);
        String adminEmail = "bench-vacancy-admin@example.test";
        String admin = client.bearer(client.account(adminEmail, "HOSPITAL_ADMIN"));
        String firstEmail = "bench-shortlister-1@example.test";
        String first = client.account(firstEmail, "BOARD_VIEWER");
        String secondEmail = "bench-shortlister-2@example.test";
        client.account(secondEmail, "BOARD_VIEWER");
        require(client.send("PUT", "hospitals/BENCH-VH/members", client.admin(), "application/json",
                "{\"administrators\":[\"" + adminEmail + "\"],\"boardViewers\":[\"" + firstEmail + "\",\""
                        + secondEmail + "\"]}"), 200);
        String engineer = client.bearer(client.account("bench-vacancy-engineer@example.test", "ENGINEER"));
        require(client.send("PUT", "me/profile", engineer, "application/json",
                "{\"yearsExperience\":9,\"currentPost\":\"Clinical engineer\"}"), 200);
        String shortlister = client.bearer(first);

        System.out.println();
        System.out.printf("Vacancies: %,d open vacancies of three criteria each (years, a competency at a level, one in"
                + " words), and one closed vacancy with %,d applications …%n", VACANCIES, APPLICATIONS);
        long start = System.nanoTime();
        long closed;
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            connection.setAutoCommit(false);
            closed = generate(connection);
            connection.commit();
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE TABLE vacancy, vacancy_criterion, vacancy_application, vacancy_score");
            }
        }
        System.out.printf("  loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);

        System.out.println();
        System.out.println("One engineer's eligibility for every open vacancy: GET /api/v1/vacancies");
        double[] times = time(() -> client.send("GET", "vacancies", engineer, null, null), VACANCIES);
        System.out.printf(Locale.ROOT, "  %,d vacancies with eligibility: median %.1f ms, p95 %.1f ms   target p95 ≤ 200 ms%n",
                VACANCIES, median(times), percentile(times, 0.95));
        long all = statements(db, () -> client.send("GET", "vacancies", engineer, null, null));
        long one = statements(db, () -> client.send("GET", "vacancies?q=vacancy%20999", engineer, null, null));
        System.out.printf("  SQL statements per answer: all %,d vacancies %d, a search finding one %d (constant: nothing"
                + " per vacancy)%n", VACANCIES, all, one);

        System.out.println();
        System.out.printf("A shortlister's view of one vacancy with %,d applications, anonymised, with the flags:"
                + " GET /api/v1/vacancies/{id}/applications%n", APPLICATIONS);
        times = time(() -> client.send("GET", "vacancies/" + closed + "/applications", shortlister, null, null),
                APPLICATIONS);
        System.out.printf(Locale.ROOT, "  %,d applications: median %.1f ms, p95 %.1f ms   target p95 ≤ 300 ms%n",
                APPLICATIONS, median(times), percentile(times, 0.95));
        long many = statements(db, () -> client.send("GET", "vacancies/" + closed + "/applications", shortlister, null,
                null));
        System.out.printf("  SQL statements per answer: %d for %,d applications (constant: nothing per application;"
                + " the applications, their scores, and the vacancy)%n", many, APPLICATIONS);
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    /** Five warm-up calls, then the timed runs; every answer must be 200 with the expected number of items. */
    private static double[] time(Call call, int expected) throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = call.run();
            require(answer, 200);
            int found = jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readArray().size();
            if (found != expected) {
                throw new IllegalStateException("Expected " + expected + " items, got " + found);
            }
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            require(call.run(), 200);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        return times;
    }

    private static long statements(String[] db, Call call) throws Exception {
        long before = ServerStatements.count(db);
        require(call.run(), 200);
        return ServerStatements.count(db) - before - 1;
    }


    /** The open vacancies, then the closed one with its applicants and applications; answers the closed one's id. */
    private static long generate(Connection connection) throws Exception {
        long hospital = single(connection, "SELECT id FROM hospital WHERE code = 'BENCH-VH'");
        long admin = single(connection, "SELECT id FROM account WHERE email = 'bench-vacancy-admin@example.test'");
        List<Long> competencies = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM competency WHERE framework_id = 1 ORDER BY id")) {
            while (rs.next()) {
                competencies.add(rs.getLong(1));
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement vacancy = connection.prepareStatement("INSERT INTO vacancy (hospital_id, title, band,"
                + " location, hours_per_week, closing_date, description, status, published_at, created_by, created_at,"
                + " updated_at, version) VALUES (?, ?, 'Band 7', 'Bench', 37.5, ?, 'Synthetic bench vacancy', ?, ?, ?, ?,"
                + " ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i <= VACANCIES; i++) {
                boolean last = i == VACANCIES;
                vacancy.setLong(1, hospital);
                vacancy.setString(2, "Bench vacancy " + i);
                vacancy.setDate(3, Date.valueOf(last ? today.minusDays(1) : today.plusDays(10 + i % 50)));
                vacancy.setString(4, last ? "CLOSED" : "OPEN");
                vacancy.setTimestamp(5, now);
                vacancy.setLong(6, admin);
                vacancy.setTimestamp(7, now);
                vacancy.setTimestamp(8, now);
                vacancy.addBatch();
            }
            vacancy.executeBatch();
            try (ResultSet keys = vacancy.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement criterion = connection.prepareStatement("INSERT INTO vacancy_criterion (vacancy_id,"
                + " position, essential, kind, competency_id, min_level, verified_only, min_years, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                add(criterion, id, 1, true, "EXPERIENCE", null, null, false, 5 + i % 5, null);
                add(criterion, id, 2, false, "COMPETENCY", competencies.get(i % competencies.size()), 1 + i % 4,
                        i % 2 == 0, null, null);
                add(criterion, id, 3, true, "FREE_TEXT", null, null, false, null, "Has led a project " + i);
            }
            criterion.executeBatch();
        }
        long closed = ids.get(ids.size() - 1);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO vacancy_shortlister (vacancy_id, account_id) SELECT " + closed + ", id"
                    + " FROM account WHERE email LIKE 'bench-shortlister-%'");
        }
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (email, display_name,"
                + " password_hash, created_at, password_changed_at, email_confirmed_at) VALUES (?, ?, 'synthetic', ?, ?,"
                + " ?)")) {
            for (int i = 0; i < APPLICATIONS; i++) {
                account.setString(1, "bench-applicant-" + i + "@example.test");
                account.setString(2, "Bench applicant " + i);
                account.setTimestamp(3, now);
                account.setTimestamp(4, now);
                account.setTimestamp(5, now);
                account.addBatch();
            }
            account.executeBatch();
        }
        List<Long> applications = new ArrayList<>();
        try (PreparedStatement application = connection.prepareStatement("INSERT INTO vacancy_application (vacancy_id,"
                + " applicant_id, reference, status, submitted_at, updated_at, version) SELECT ?, id, ?, 'SUBMITTED', ?,"
                + " ?, 1 FROM account WHERE email = ?", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < APPLICATIONS; i++) {
                application.setLong(1, closed);
                application.setString(2, String.format("B%07d", i));
                application.setTimestamp(3, now);
                application.setTimestamp(4, now);
                application.setString(5, "bench-applicant-" + i + "@example.test");
                application.executeUpdate();
                try (ResultSet keys = application.getGeneratedKeys()) {
                    keys.next();
                    applications.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO vacancy_application_statement"
                     + " (application_id, position, text) VALUES (?, 3, ?)");
             PreparedStatement finding = connection.prepareStatement("INSERT INTO vacancy_application_finding"
                     + " (application_id, position, outcome, reason) VALUES (?, ?, ?, ?)");
             PreparedStatement score = connection.prepareStatement("INSERT INTO vacancy_score (application_id,"
                     + " shortlister_id, position, score, scored_at) SELECT ?, id, ?, ?, ? FROM account"
                     + " WHERE email = 'bench-shortlister-2@example.test'")) {
            for (int i = 0; i < applications.size(); i++) {
                long id = applications.get(i);
                statement.setLong(1, id);
                statement.setString(2, "Synthetic statement " + i + ": I led the refurbishment of a theatre block.");
                statement.addBatch();
                for (int position = 1; position <= 3; position++) {
                    finding.setLong(1, id);
                    finding.setInt(2, position);
                    finding.setString(3, position == 3 ? "TO_JUDGE" : "MET_OWN_WORD");
                    finding.setString(4, "Synthetic reason " + position);
                    finding.addBatch();
                    score.setLong(1, id);
                    score.setInt(2, position);
                    score.setInt(3, (i + position) % 4);
                    score.setTimestamp(4, now);
                    score.addBatch();
                }
            }
            statement.executeBatch();
            finding.executeBatch();
            score.executeBatch();
        }
        return closed;
    }

    private static void add(PreparedStatement s, long vacancy, int position, boolean essential, String kind,
                            Long competency, Integer level, boolean verifiedOnly, Integer years, String text)
            throws SQLException {
        s.setLong(1, vacancy);
        s.setInt(2, position);
        s.setBoolean(3, essential);
        s.setString(4, kind);
        s.setObject(5, competency);
        s.setObject(6, level);
        s.setBoolean(7, verifiedOnly);
        s.setObject(8, years);
        s.setString(9, text);
        s.addBatch();
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
