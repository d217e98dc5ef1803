package org.healthengineering.portal.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the benchmarks share: a throw-away portal, calls to its API, and the arithmetic of timings. */
final class BenchClient {

    static final String ADMIN_EMAIL = "bench-admin@example.test";
    static final String ADMIN_PASSWORD = "granite-orbit-5521";
    static final String PASSWORD = "bench engineer passphrase";

    /** A benchmark run against the API at {@code client}, with the database's URL, user and password. */
    interface Body {
        void run(BenchClient client, String[] database) throws Exception;
    }

    /** A benchmark that also needs the portal's HTTP port (for its pages). */
    interface PortBody {
        void run(BenchClient client, String[] database, int port) throws Exception;
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String[] database;

    private BenchClient(int port, String[] database) {
        this.base = "http://localhost:" + port + "/api/v1/";
        this.database = database;
    }

    /**
     * Starts a portal on a free port with an embedded MariaDB in a temporary directory, runs the body, and stops
     * the portal whatever happens.
     */
    static void withThrowAwayPortal(Body body) throws Exception {
        withThrowAwayPortal(List.of(), List.of(), (client, database, port) -> body.run(client, database));
    }

    /**
     * The same with the launcher's arguments ({@code --demo}) and Payara Micro options besides the portal's own (a
     * second {@code --deploy}).
     */
    static void withThrowAwayPortal(List<String> args, List<String> payaraOptions, PortBody body) throws Exception {
        withThrowAwayLauncher(args, payaraOptions, (client, launcher, port) -> body.run(client, launcher.database(),
                port));
    }

    /** What runs against a throw-away portal and needs its launcher (the embedded database's administrator). */
    @FunctionalInterface
    interface LauncherBody {
        void run(BenchClient client, PortalLauncher launcher, int port) throws Exception;
    }

    static void withThrowAwayLauncher(List<String> args, List<String> payaraOptions, LauncherBody body)
            throws Exception {
        Path dir = Files.createTempDirectory("portal-bench");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("PORTAL_DB_"));
        env.put("PORTAL_DATA_DIR", dir.toString());
        env.put("PORTAL_PORT", String.valueOf(port));
        env.put("PORTAL_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        PortalLauncher launcher = new PortalLauncher(env, args, payaraOptions);
        try {
            System.out.printf("Starting a throw-away portal (data in %s) …%n", dir);
            launcher.start();
            body.run(new BenchClient(port, launcher.database()), launcher, port);
        } finally {
            launcher.stop();
        }
    }

    String admin() {
        return basic(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /**
     * Registers an account, confirms its email (in the throw-away database: the bench has no mailbox to follow the
     * link from), grants it a role, and answers its Basic credentials.
     */
    String account(String email, String role) throws Exception {
        HttpResponse<String> created = send("POST", "accounts", null, "application/json",
                "{\"email\":\"" + email + "\",\"displayName\":\"Bench\",\"password\":\"" + PASSWORD + "\"}");
        require(created, 202);
        long id;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(database[0], database[1], database[2]);
             java.sql.PreparedStatement confirm = db.prepareStatement("UPDATE account SET email_confirmed_at ="
                     + " CURRENT_TIMESTAMP(6), confirmation_hash = NULL, confirmation_expires_at = NULL WHERE email = ?");
             java.sql.PreparedStatement find = db.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            confirm.setString(1, email);
            confirm.executeUpdate();
            find.setString(1, email);
            try (java.sql.ResultSet rs = find.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        require(send("PUT", "accounts/" + id + "/roles", admin(), "application/json",
                "{\"roles\":[\"" + role + "\"]}"), 200);
        return basic(email, PASSWORD);
    }

    /** A personal API token for the account, as an Authorization header. */
    String bearer(String credentials) throws Exception {
        HttpResponse<String> token = send("POST", "me/tokens", credentials, "application/json", "{\"name\":\"bench\"}");
        require(token, 201);
        return "Bearer " + json(token).getString("secret");
    }

    HttpResponse<String> send(String method, String path, String auth, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    static void require(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    /** The value at a fraction of the way through the sorted values (nearest rank). */
    static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))];
    }

    static String fmt(double seconds) {
        return String.format("%.2f", seconds);
    }

    static String list(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(BenchClient::fmt).toList());
    }
}
