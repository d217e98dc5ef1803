package org.healthengineering.portal.launcher;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static org.healthengineering.portal.launcher.BenchClient.median;
import static org.healthengineering.portal.launcher.BenchClient.percentile;
import static org.healthengineering.portal.launcher.BenchClient.require;

/**
 * {@code ./portal bench credentials} (issue 13): issuing 10,000 Open Badges credentials (an embedded
 * eddsa-rdfc-2022 proof and an RS256 VC-JWT each, with random entries in the issuer's status lists), against ≥ 200
 * per second, and verifying one credential with its Data Integrity proof through {@code POST /api/v1/verify}
 * (proof, issuer key, both status lists, themselves signed credentials), against p95 ≤ 50 ms. The verified
 * competencies the credentials attest, and the engineers who hold them, are written over JDBC; each engineer's
 * wallet ({@code GET /api/v1/me/credentials}) then issues theirs, one engineer after another. Also the SQL
 * statements of a wallet answer once its credentials are issued, with many credentials and with few (constant).
 */
final class CredentialBenchmark {

    private static final int CREDENTIALS = 10_000;
    private static final int VERIFICATIONS = 300;

    private CredentialBenchmark() {
    }

    static void run(BenchClient client, String[] db) throws Exception {
        String url = db[0] + (db[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        System.out.println();
        long start = System.nanoTime();
        List<String> tokens;
        int perEngineer;
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            connection.setAutoCommit(false);
            List<Long> competencies = ids(connection, "SELECT id FROM competency WHERE framework_id = 1 ORDER BY id");
            perEngineer = competencies.size();
            int engineers = (CREDENTIALS + perEngineer - 1) / perEngineer;
            System.out.printf("Credentials: %,d engineers with %d verified competencies each (%,d credentials to"
                    + " issue), and one engineer with one …%n", engineers, perEngineer, engineers * perEngineer);
            tokens = generate(connection, competencies, engineers);
            connection.commit();
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE TABLE account, api_token, competency_assessment");
            }
        }
        System.out.printf("  loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);

        // Warm-up: the lone engineer's single credential, then the first wallet's, untimed.
        String lone = tokens.remove(tokens.size() - 1);
        require(client.send("GET", "me/credentials", lone, null, null), 200);
        String warm = tokens.remove(0);
        require(client.send("GET", "me/credentials", warm, null, null), 200);
        long before = count(db);
        long t = System.nanoTime();
        for (String token : tokens) {
            HttpResponse<String> answer = client.send("GET", "me/credentials", token, null, null);
            require(answer, 200);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        long issued = count(db) - before;
        System.out.println();
        System.out.println("Issuing: each engineer's wallet issues their credentials (GET /api/v1/me/credentials)");
        System.out.printf(Locale.ROOT, "  %,d credentials signed and stored in %.1f s: %.0f per second   target ≥ 200"
                + " per second%n", issued, seconds, issued / seconds);
        if (issued != (long) tokens.size() * perEngineer) {
            throw new IllegalStateException("expected " + tokens.size() * perEngineer + " credentials, " + issued
                    + " were issued");
        }

        System.out.println();
        System.out.println("Verifying one credential with its Data Integrity proof: POST /api/v1/verify");
        HttpResponse<String> wallet = client.send("GET", "me/credentials", warm, null, null);
        String publicId = firstOf(wallet.body()).getString("publicId");
        String document = client.send("GET", "credentials/" + publicId, null, null, null).body();
        for (int i = 0; i < 50; i++) {
            verify(client, document);
        }
        double[] times = new double[VERIFICATIONS];
        for (int i = 0; i < VERIFICATIONS; i++) {
            long v = System.nanoTime();
            verify(client, document);
            times[i] = (System.nanoTime() - v) / 1e6;
        }
        System.out.printf(Locale.ROOT, "  %d verifications: median %.1f ms, p95 %.1f ms   target p95 ≤ 50 ms%n",
                VERIFICATIONS, median(times), percentile(times, 0.95));
        long statements = ServerStatements.count(db);
        verify(client, document);
        System.out.printf("  SQL statements per verification: %d%n", ServerStatements.count(db) - statements - 1);

        long many = statementsOf(db, () -> client.send("GET", "me/credentials", warm, null, null));
        long few = statementsOf(db, () -> client.send("GET", "me/credentials", lone, null, null));
        System.out.printf("  SQL statements per wallet answer: %d credentials %d, one credential %d (constant: nothing"
                + " per credential)%n", perEngineer, many, few);
    }

    private static void verify(BenchClient client, String document) throws Exception {
        HttpResponse<String> answer = client.send("POST", "verify", null, "application/ld+json", document);
        require(answer, 200);
        if (!answer.body().contains("\"outcome\":\"WARN\"") || answer.body().contains("\"FAIL\"")) {
            throw new IllegalStateException("the credential did not verify: " + answer.body());
        }
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    private static long statementsOf(String[] db, Call call) throws Exception {
        long before = ServerStatements.count(db);
        require(call.run(), 200);
        return ServerStatements.count(db) - before - 1;
    }

    private static jakarta.json.JsonObject firstOf(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray().getJsonObject(0);
    }

    private static long count(String[] db) throws Exception {
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2]);
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM issued_credential")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * The engineers (with an API token each, whose secrets are answered as Authorization headers), every one with
     * each competency verified by an assessor at level 3, and one more engineer with one competency verified.
     */
    private static List<String> generate(Connection connection, List<Long> competencies, int engineers)
            throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp earlier = Timestamp.from(Instant.now().minusSeconds(86_400));
        long assessor;
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (email, display_name,"
                + " password_hash, created_at, password_changed_at, email_confirmed_at) VALUES (?, ?, '!', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            assessor = insert(account, "bench-credential-assessor@example.test", "Bench assessor (synthetic)", now);
        }
        List<String> tokens = new ArrayList<>();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (email, display_name,"
                + " password_hash, created_at, password_changed_at, email_confirmed_at) VALUES (?, ?, '!', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement role = connection.prepareStatement("INSERT INTO account_role (account_id, role)"
                     + " VALUES (?, 'ENGINEER')");
             PreparedStatement token = connection.prepareStatement("INSERT INTO api_token (account_id, name,"
                     + " token_hash, token_prefix, created_at) VALUES (?, 'bench', ?, ?, ?)");
             PreparedStatement assessment = connection.prepareStatement("INSERT INTO competency_assessment"
                     + " (account_id, competency_id, level, source, assessor_id, assessed_at) VALUES (?, ?, 3,"
                     + " 'ASSESSOR', ?, ?)")) {
            for (int e = 0; e <= engineers; e++) {
                long id = insert(account, "bench-holder-" + e + "@example.test", "Bench holder " + e
                        + " (synthetic)", now);
                role.setLong(1, id);
                role.addBatch();
                String secret = "bench-credential-token-" + e + "-" + java.util.UUID.randomUUID();
                token.setLong(1, id);
                token.setString(2, HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8))));
                token.setString(3, secret.substring(0, 8));
                token.setTimestamp(4, now);
                token.addBatch();
                tokens.add("Bearer " + secret);
                List<Long> verified = e == engineers ? competencies.subList(0, 1) : competencies;
                for (long competency : verified) {
                    assessment.setLong(1, id);
                    assessment.setLong(2, competency);
                    assessment.setLong(3, assessor);
                    assessment.setTimestamp(4, earlier);
                    assessment.addBatch();
                }
                if (e % 100 == 0) {
                    role.executeBatch();
                    token.executeBatch();
                    assessment.executeBatch();
                }
            }
            role.executeBatch();
            token.executeBatch();
            assessment.executeBatch();
        }
        return tokens;
    }

    private static long insert(PreparedStatement account, String email, String name, Timestamp now) throws Exception {
        account.setString(1, email);
        account.setString(2, name);
        account.setTimestamp(3, now);
        account.setTimestamp(4, now);
        account.setTimestamp(5, now);
        account.executeUpdate();
        try (ResultSet keys = account.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
