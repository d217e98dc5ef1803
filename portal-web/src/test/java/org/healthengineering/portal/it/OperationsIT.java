package org.healthengineering.portal.it;

import org.healthengineering.portal.launcher.DatabaseBackup;
import org.healthengineering.portal.launcher.EmbeddedDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operators rely on. Metrics: Prometheus text for system administrators' tokens only, counting requests and
 * sign-ins as they happen, and every answer names the node that gave it. Outage: the database goes away under the running portal and comes back (an operator's restart of MariaDB). While it is
 * away every answer is honest and quick: the API answers 503 problem+json with {@code Retry-After} (a valid token is
 * not called revoked), pages show "temporarily unavailable", sign-in says it cannot check rather than "wrong
 * password" (and counts nothing towards lock-out), readiness is DOWN while liveness stays UP. Once the database is
 * back the portal serves again within 10 s, without a restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final String PASSWORD = "harbour kettle 5581";
    /** Every answer during the outage comes within this: no silent retries that hold a request for 10 s. */
    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(10);

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    @Test
    void whileTheDatabaseIsAwayAnswersAreHonestAndItServesAgainWithoutARestart() throws Exception {
        Api api = new Api(deployment);
        Api.Registered engineer = api.registerWith("outage", PASSWORD, "ENGINEER");
        Api.Answer created = api.post("me/tokens", "{\"name\":\"Outage script\"}", engineer.credentials());
        assertEquals(201, created.status(), created.body());
        String bearer = Api.bearer(created.json().getString("secret"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(PROMPT).build();
        EmbeddedDatabase database = EmbeddedDatabaseSession.database();

        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), engineer.email(), PASSWORD);
                browser.open(url("/cpd/index.xhtml"));
                browser.waitForText("h1", "My CPD");

                database.stop();
                boolean restarted = false;
                try {
                    unavailable(client, "/api/v1/me", bearer);
                    unavailable(client, "/api/v1/register?q=anyone", null);
                    // The right password is not answered as a wrong one (which a client would act on), however often.
                    for (int i = 0; i < 6; i++) {
                        unavailable(client, "/api/v1/me", engineer.credentials());
                    }
                    HttpResponse<String> page = send(client, "/recognition/register.xhtml", null);
                    assertEquals(503, page.statusCode());
                    assertTrue(page.headers().firstValue("Retry-After").isPresent(), "a page's 503 says when to retry");
                    assertEquals(503, send(client, "/health/ready", null).statusCode(), "not ready without a database");
                    assertEquals(200, send(client, "/health/live", null).statusCode(), "alive all the same");

                    // The signed-in engineer's next page says what is wrong, and the page itself passes axe.
                    browser.open(url("/cpd/index.xhtml"));
                    browser.waitForText("h1", "Temporarily unavailable");
                    browser.checkAccessibility();
                    // Signing in cannot be checked: the page says so instead of "wrong password".
                    browser.driver.manage().deleteAllCookies();
                    browser.open(url("/login.xhtml"));
                    browser.type("login-form:email", engineer.email());
                    browser.type("login-form:password", PASSWORD);
                    browser.click("login-form:sign-in");
                    browser.waitForText("main", "cannot reach its database");
                    browser.checkAccessibility();

                    database.startAgain();
                    restarted = true;
                } finally {
                    if (!restarted) {
                        database.startAgain();
                    }
                }

                long back = System.nanoTime();
                int status = 0;
                while (System.nanoTime() - back < RECOVERY.toNanos()) {
                    try {
                        status = send(client, "/api/v1/me", bearer).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    if (status == 200) {
                        break;
                    }
                    Thread.sleep(200);
                }
                assertEquals(200, status, "the portal serves again within " + RECOVERY.toSeconds()
                        + " s of the database's return, without a restart");
                assertEquals(200, api.get("me", engineer.credentials()).status(), "the password signs in again");
                browser.signIn(url("/login.xhtml"), engineer.email(), PASSWORD);
                browser.open(url("/cpd/index.xhtml"));
                browser.waitForText("h1", "My CPD");
                assertEquals(200, send(client, "/health/ready", null).statusCode());
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("outage-failure");
                throw e;
            }
        }
    }

    @Test
    void metricsCountWhatHappensForOperatorsOnly() throws Exception {
        Api api = new Api(deployment);
        Api.Answer token = api.post("me/tokens", "{\"name\":\"Prometheus\"}", Api.ADMIN);
        assertEquals(201, token.status(), token.body());
        String scraper = Api.bearer(token.json().getString("secret"));
        HttpClient client = HttpClient.newBuilder().build();

        HttpResponse<String> anonymous = send(client, "/metrics", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String engineer = api.registerEngineer(Api.uniqueEmail("metrics"), PASSWORD);
        Api.Answer engineerToken = api.post("me/tokens", "{\"name\":\"Curious\"}", engineer);
        assertEquals(403, send(client, "/metrics", Api.bearer(engineerToken.json().getString("secret"))).statusCode(),
                "an engineer does not read metrics");
        assertEquals(401, send(client, "/metrics", Api.ADMIN).statusCode(),
                "a password is not accepted, even the administrator's: scrapers hold tokens");

        double failuresBefore = metric(client, scraper, "portal_signins_total", "outcome=\"failure\"");
        double apiBefore = metric(client, scraper, "portal_requests_total", "kind=\"api\",mp_scope=\"application\",status=\"4xx\"");
        assertEquals(401, api.get("me", Api.basic("nobody-" + java.util.UUID.randomUUID() + "@example.org", "wrong")).status());
        assertEquals(failuresBefore + 1, metric(client, scraper, "portal_signins_total", "outcome=\"failure\""),
                "a failed password sign-in is counted");
        assertTrue(metric(client, scraper, "portal_requests_total",
                "kind=\"api\",mp_scope=\"application\",status=\"4xx\"") >= apiBefore + 1, "the 401 answer is counted");
        String text = send(client, "/metrics", scraper).body();
        for (String name : List.of("portal_request_duration_seconds_count", "portal_mail_waiting", "portal_db_connections",
                "memory_usedHeap_bytes")) {
            assertTrue(text.contains(name), name + " is published");
        }
        // Every answer names its node, so an operator behind the load balancer knows which one answered.
        for (String path : List.of("/index.xhtml", "/api/v1/register?q=x", "/health")) {
            String node = send(client, path, null).headers().firstValue("X-Portal-Node").orElse("");
            assertTrue(node.matches("[A-Za-z0-9._-]{1,64}"), path + " names its node: " + node);
        }
    }

    @Test
    void aBackupTakenWhileThePortalServesRestoresWholeIntoAFreshDataDirectory() throws Exception {
        Api api = new Api(deployment);
        String engineer = api.registerEngineer(Api.uniqueEmail("backup"), PASSWORD);
        Api.Answer logged = api.post("me/cpd", "{\"title\":\"Backed-up course\",\"type\":\"FORMAL_LEARNING\","
                + "\"startDate\":\"2026-01-05\",\"endDate\":\"2026-01-05\",\"hours\":3,\"learned\":\"Restores\","
                + "\"applied\":\"Drills\",\"benefit\":\"Nothing lost\"}", engineer);
        assertEquals(201, logged.status(), logged.body());
        byte[] certificate = ("%PDF-1.4\n% certificate " + java.util.UUID.randomUUID() + "\n1 0 obj<<>>endobj\n"
                + "trailer<<>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Api.Answer attached = api.postBytes("me/evidence?activity=" + logged.json().getJsonNumber("id") + "&name=c.pdf",
                "application/octet-stream", certificate, engineer);
        assertEquals(201, attached.status(), attached.body());

        EmbeddedDatabase live = EmbeddedDatabaseSession.database();
        DatabaseBackup.Target source = new DatabaseBackup.Target("127.0.0.1", live.port(), EmbeddedDatabase.DATABASE,
                EmbeddedDatabase.USER, live.password());
        java.nio.file.Path work = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "restore-");
        DatabaseBackup backup = new DatabaseBackup(live.program("mariadb-dump").getParent());
        java.util.Map<String, Long> before;
        java.util.Map<String, Long> after;
        DatabaseBackup.Written written;
        int tries = 0;
        do {
            // Background jobs (the outbox, the audit deadlines) may write while the dump runs; compare a quiet dump.
            before = checksums(source);
            written = backup.backup(source, work.resolve("portal.sql.gz"));
            after = checksums(source);
        } while (!before.equals(after) && ++tries < 5);
        assertEquals(before, after, "the portal stayed quiet during one of five dumps");
        assertTrue(written.bytes() > 0 && written.sha256().matches("[0-9a-f]{64}"));

        // A fresh data directory, its own server: everything is there, evidence bytes included.
        java.nio.file.Path dump = written.file();
        EmbeddedDatabase fresh = EmbeddedDatabase.start(live.program("mariadb").getParent().getParent(),
                work.resolve("data"), 0, "restore-test");
        try {
            DatabaseBackup.Target restored = new DatabaseBackup.Target("127.0.0.1", fresh.port(),
                    EmbeddedDatabase.DATABASE, EmbeddedDatabase.USER, "restore-test");
            int tables = backup.restore(dump, restored);
            assertEquals(before.size(), tables);
            assertEquals(before, checksums(restored), "every table restored row for row");
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:"
                    + fresh.port() + "/portal?useSSL=false&allowPublicKeyRetrieval=true", EmbeddedDatabase.USER,
                    "restore-test");
                 java.sql.PreparedStatement query = connection.prepareStatement(
                         "SELECT content FROM evidence_file WHERE id = ?")) {
                query.setLong(1, attached.json().getJsonNumber("id").longValue());
                try (java.sql.ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), "the evidence file is restored");
                    assertTrue(java.util.Arrays.equals(certificate, row.getBytes(1)), "byte for byte");
                }
            }
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> backup.restore(dump, restored));
            assertTrue(refused.getMessage().contains("only into an empty database"), refused.getMessage());
        } finally {
            fresh.close();
        }
    }

    /** CHECKSUM TABLE of every table of the database: equal checksums, equal contents. */
    private static java.util.Map<String, Long> checksums(DatabaseBackup.Target target) throws Exception {
        java.util.Map<String, Long> sums = new java.util.TreeMap<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:mysql://" + target.host() + ":"
                + target.port() + "/" + target.database() + "?useSSL=false&allowPublicKeyRetrieval=true", target.user(),
                target.password());
             java.sql.Statement statement = connection.createStatement()) {
            for (String table : DatabaseBackup.tables(target)) {
                try (java.sql.ResultSet row = statement.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    row.next();
                    sums.put(table, row.getLong(2));
                }
            }
        }
        return sums;
    }

    /** The value of one series of {@code name} whose labels contain {@code labels}, from the scraped text. */
    private double metric(HttpClient client, String scraper, String name, String labels) throws Exception {
        HttpResponse<String> answer = send(client, "/metrics", scraper);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().lines().filter(l -> l.startsWith(name + "{") && l.contains(labels))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** The answer to {@code path} while the database is away: 503 problem+json, Retry-After, within two seconds. */
    private void unavailable(HttpClient client, String path, String authorization) throws Exception {
        HttpResponse<String> answer = send(client, path, authorization);
        assertEquals(503, answer.statusCode(), path + ": " + answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""), path);
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), path + " says when to try again");
        assertTrue(answer.body().contains("\"status\":503"), answer.body());
    }

    private HttpResponse<String> send(HttpClient client, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(PROMPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
