package org.healthengineering.portal.it;

import jakarta.json.JsonObject;

import org.healthengineering.portal.launcher.ClusterLauncher;
import org.healthengineering.portal.launcher.DatabaseBackup;
import org.healthengineering.portal.launcher.GaleraCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as a cluster: two Payara Micro nodes on the Data Grid behind nginx, on a three-member Galera cluster
 * (what {@code ./portal cluster --galera --demo} starts).
 * <ul>
 *     <li>Wrong passwords sent to different nodes count towards one lock-out.</li>
 *     <li>A mentor opens the verification dialog, chooses a level and types half a reason; the node serving them is
 *     killed with {@code kill -9}; they finish the reason and save, on the other node, without signing in again and
 *     with what they had entered intact; the verification, its audit entry and the engineer's notification each
 *     exist exactly once.</li>
 *     <li>The database server the portal writes to is killed during a staffing CSV upload: the upload is stored whole
 *     or not at all, and the portal answers again within 10 s, without a restart.</li>
 * </ul>
 * Needs Debian's nginx, mariadb-server and galera-4 (CI installs them; elsewhere the test is skipped loudly unless
 * PORTAL_REQUIRE_CLUSTER=true, and without Galera the cluster runs on one embedded MariaDB and the second test is
 * skipped).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverIT {

    private static final String PASSWORD = "synthetic-demo-2026";
    private static ClusterLauncher cluster;
    private static String base;

    @BeforeAll
    static void startCluster() throws Exception {
        boolean nginx = Files.isExecutable(Path.of("/usr/sbin/nginx"));
        boolean required = "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_CLUSTER"));
        String message = "nginx is not installed (sudo apt-get install -y nginx): the failover tests cannot run";
        if (!nginx && required) {
            Assertions.fail(message);
        }
        Assumptions.assumeTrue(nginx, message);
        boolean galera = GaleraCluster.installed();
        if (!galera && required) {
            Assertions.fail("Galera is not installed: sudo apt-get install -y mariadb-server galera-4 rsync");
        }
        System.setProperty("portal.war", Path.of("target/ROOT.war").toAbsolutePath().toString());
        System.setProperty("payara.jar", Path.of("target/payara-micro.jar").toAbsolutePath().toString());
        System.setProperty("portal.config", Path.of("../config").toAbsolutePath().toString());
        // Readable by others: Galera's servers run as nobody when the tests run as root.
        Path data = Files.createTempDirectory(Path.of("target"), "cluster-it-",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("PORTAL_DATA_DIR", data.toString());
        env.put("PORTAL_PORT", String.valueOf(port));
        cluster = new ClusterLauncher(env, 2, true, galera);
        try {
            cluster.start();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        base = cluster.url().replaceAll("/$", "");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * Reference data read from each node's snapshot stays right across the cluster: a role profile defined through
     * one node is in an engineer's readiness on the other at once, though that node read the roles before.
     */
    @Test
    @Order(0)
    void aRoleDefinedOnOneNodeIsReadOnTheOtherAtOnce() throws Exception {
        List<Api> nodes = new java.util.ArrayList<>();
        for (var node : cluster.nodes()) {
            nodes.add(new Api(new URI("http://localhost:" + node.port() + "/").toURL()));
        }
        String ada = Api.basic("ada.engineer@demo.example.org", PASSWORD);
        String hal = Api.basic("hal.body@demo.example.org", PASSWORD);
        String code = "FAIL" + System.nanoTime() % 100_000;
        assertFalse(roleCodes(nodes.get(1), ada).contains(code), "the second node has read the roles");
        Api.Answer defined = nodes.get(0).put("roles/" + code, "{\"title\":\"Failover role " + code + "\","
                + "\"summary\":\"Defined through the first node\",\"minYears\":1,\"responsibilityLevel\":2,"
                + "\"qualificationRules\":[],\"competencies\":[]}", hal);
        assertEquals(200, defined.status(), defined.body());
        assertTrue(roleCodes(nodes.get(1), ada).contains(code), "the second node reads the new role at once");
    }

    private static List<String> roleCodes(Api node, String credentials) {
        Api.Answer readiness = node.get("me/readiness", credentials);
        assertEquals(200, readiness.status(), readiness.body());
        return ((jakarta.json.JsonArray) readiness.structure()).getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(r -> r.getString("roleCode")).toList();
    }

    @Test
    @Order(0)
    void signInLockOutCountsFailuresOnEveryNode() throws Exception {
        String wrong = Api.basic("cleo.engineer@demo.example.org", "not the password");
        String right = Api.basic("cleo.engineer@demo.example.org", PASSWORD);
        List<Api> nodes = new java.util.ArrayList<>();
        for (var node : cluster.nodes()) {
            nodes.add(new Api(new URI("http://localhost:" + node.port() + "/").toURL()));
        }
        // Five wrong passwords, alternating between the nodes: the pause counts them all.
        for (int i = 0; i < 5; i++) {
            assertEquals(401, nodes.get(i % nodes.size()).get("me", wrong).status());
        }
        for (Api node : nodes) {
            assertEquals(401, node.get("me", right).status(), "sign-in is paused on every node, the right password too");
        }
    }

    @Test
    @Order(1)
    void aMentorKeepsTheirHalfFilledDialogWhenTheirNodeDiesAndTheVerificationIsSavedOnce() throws Exception {
        Api api = new Api(new URI(base + "/").toURL());
        String dev = Api.basic("dev.mentor@demo.example.org", PASSWORD);
        String adaLogin = Api.basic("ada.engineer@demo.example.org", PASSWORD);
        long devId = api.get("me", dev).json().getJsonNumber("id").longValue();
        String role = api.get("roles", adaLogin).array().getJsonObject(0).getString("code");
        Api.Answer requested = api.post("mentorings", "{\"mentorId\":" + devId + ",\"roleCode\":\"" + role
                + "\",\"message\":\"Failover check\"}", adaLogin);
        assertEquals(201, requested.status(), requested.body());
        long mentoring = requested.json().getJsonObject("relationship").getJsonNumber("id").longValue();
        assertEquals(200, api.post("mentorings/" + mentoring + "/accept", "", dev).status());
        long ada = api.get("me", Api.basic("ada.engineer@demo.example.org", PASSWORD)).json().getJsonNumber("id")
                .longValue();
        String reason = "Failover check " + UUID.randomUUID() + ": ran the infusion pump audit alone";
        Timestamp before = now();

        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(base + "/login.xhtml", "dev.mentor@demo.example.org", PASSWORD);
                browser.open(base + "/mentoring/view.xhtml?id=" + mentoring);
                browser.click("standing-form:standing:0:verify-competency");
                browser.find(Browser.byId("verify-dialog"));
                browser.choose("verify-form:level", levelLabel(browser));
                browser.type("verify-form:reason", reason.substring(0, reason.length() / 2));
                String first = node(browser);

                cluster.node(first).kill();

                browser.find(Browser.byId("verify-form:reason")).sendKeys(reason.substring(reason.length() / 2));
                browser.click("verify-form:verify");
                browser.waitForInvisible("verify-dialog");
                browser.waitForText(".ui-growl", "Verification recorded.");
                String second = node(browser);
                assertNotEquals(first, second, "the other node serves the rest of the journey");
                assertTrue(browser.driver.getCurrentUrl().contains("/mentoring/view.xhtml"), "still on the page, signed in");
                browser.checkAccessibility();
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("failover-failure");
                throw e;
            }
        }

        try (Connection db = connect()) {
            long verification = single(db, "SELECT id FROM competency_assessment WHERE account_id = ? AND note = ?",
                    ada, reason);
            assertEquals(1, count(db, "SELECT COUNT(*) FROM competency_assessment WHERE note = ?", reason),
                    "the verification is saved once, its reason whole");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'COMPETENCY_VERIFIED'"
                    + " AND subject_id = ?", String.valueOf(verification)), "one audit entry");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM notification WHERE account_id = ?"
                    + " AND kind = 'COMPETENCY_VERIFIED' AND created_at >= ?", ada, before), "one notification");
        }
    }

    @Test
    @Order(2)
    void aDatabaseServerKilledDuringAnUploadLeavesAllOrNothingAndThePortalServesAgainWithinTenSeconds() throws Exception {
        GaleraCluster galera = cluster.galera();
        Assumptions.assumeTrue(galera != null, "Galera is not installed: the database failover test needs it");
        String eve = Api.basic("eve.hospital@demo.example.org", PASSWORD);
        Api api = new Api(new URI(base + "/").toURL());
        String hospital = api.get("hospitals", eve).array().getJsonObject(0).getString("code");
        long hospitalId;
        try (Connection db = connect()) {
            hospitalId = single(db, "SELECT id FROM hospital WHERE code = ?", hospital);
        }
        // Every quarter from 2000 to 2024, six staff groups each: 600 rows, stored as 100 revisions in one transaction.
        StringBuilder csv = new StringBuilder("hospital_code,quarter,staff_group,establishment_fte,in_post_fte,"
                + "vacancy_fte,agency_fte,leavers,headcount_under_35,headcount_35_to_54,headcount_55_plus\n");
        int quarters = 0;
        for (int year = 2000; year <= 2024; year++) {
            for (int q = 1; q <= 4; q++) {
                quarters++;
                for (String group : List.of("CLINICAL_ENGINEER", "CLINICAL_TECHNOLOGIST", "PATIENT_ENABLEMENT_ENGINEER",
                        "PATIENT_ENABLEMENT_TECHNICIAN", "APPRENTICE_TRAINEE", "MANAGER")) {
                    csv.append(hospital).append(',').append(year).append("-Q").append(q).append(',').append(group)
                            .append(",10.00,8.00,2.00,1.00,1,3,4,1\n");
                }
            }
        }
        Timestamp before = now();
        HttpClient client = HttpClient.newBuilder().build();
        CompletableFuture<HttpResponse<String>> upload = client.sendAsync(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/hospitals/" + hospital + "/staffing-returns"))
                .header("Authorization", eve).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        // Kill the server the portal writes to once the upload's statements reach it: its transaction is then open.
        GaleraCluster.Member primary = galera.members().get(0);
        boolean seen = false;
        try (Connection watch = galera.connect(primary);
             PreparedStatement writing = watch.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                     + " WHERE ID <> CONNECTION_ID() AND INFO LIKE '%staffing_return%'")) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!seen && !upload.isDone() && System.nanoTime() < until) {
                try (ResultSet row = writing.executeQuery()) {
                    seen = row.next() && row.getLong(1) > 0;
                }
                if (!seen) {
                    Thread.sleep(1);
                }
            }
        }
        galera.kill(primary);
        assertTrue(seen, "the upload's statements reached the database before it ended, so the kill fell inside it");
        long killed = System.nanoTime();
        try {
            checkAllOrNothing(api, eve, upload, hospitalId, before, quarters, killed);
        } finally {
            galera.rejoin(primary);
        }
    }

    private void checkAllOrNothing(Api api, String eve, CompletableFuture<HttpResponse<String>> upload, long hospitalId,
                                   Timestamp before, int quarters, long killed) throws Exception {
        HttpResponse<String> answer = upload.get(60, TimeUnit.SECONDS);
        assertTrue(answer.statusCode() == 201 || answer.statusCode() == 503,
                "stored whole (201) or refused whole (503), never half: " + answer.statusCode() + " " + answer.body());
        boolean unknown = answer.body().contains("whether it was stored is not known");
        try (Connection db = connect()) {
            long revisions = count(db, "SELECT COUNT(*) FROM staffing_return WHERE hospital_id = ? AND submitted_at >= ?",
                    hospitalId, before);
            long lines = count(db, "SELECT COUNT(*) FROM staffing_return_line l JOIN staffing_return r ON r.id = l.return_id"
                    + " WHERE r.hospital_id = ? AND r.submitted_at >= ?", hospitalId, before);
            if (answer.statusCode() == 201) {
                assertEquals(quarters, revisions, "answered stored: every revision is there");
            } else if (unknown) {
                assertTrue(revisions == 0 || revisions == quarters, "outcome unknown, but all or nothing: " + revisions);
            } else {
                assertEquals(0, revisions, "answered refused: nothing is there");
            }
            assertEquals(revisions * 6, lines, "every revision whole");
        }
        int status = 0;
        while (System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(10)) {
            status = api.get("me", eve).status();
            if (status == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(200, status, "the portal answers again within 10 s of losing its database server, no restart");
        System.out.printf("Killed db-1 during an upload of %d rows: answered %d; served again %.1f s after the kill%n",
                quarters * 6, answer.statusCode(), (System.nanoTime() - killed) / 1e9);
    }

    /** The label of the level list's second choice (the first is "choose…"), as the page shows it. */
    private static String levelLabel(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelectorAll(\"[id='verify-form:level_panel'] li[data-label]\")[1]"
                        + ".getAttribute('data-label');");
    }

    /** The node answering this browser's session, read from a same-session request's X-Portal-Node header. */
    private static String node(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "var x = new XMLHttpRequest(); x.open('GET', '/health/live', false); x.send();"
                        + " return x.getResponseHeader('X-Portal-Node');");
    }

    private static Timestamp now() throws Exception {
        try (Connection db = connect(); ResultSet row = db.createStatement().executeQuery("SELECT NOW(6)")) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    /** A connection to the database (with Galera, to a member that is up). */
    private static Connection connect() throws Exception {
        GaleraCluster galera = cluster.galera();
        if (galera != null) {
            for (GaleraCluster.Member member : galera.members()) {
                if (member.isAlive()) {
                    return galera.connect(member);
                }
            }
            throw new AssertionError("no database member is up");
        }
        DatabaseBackup.Target target = cluster.database();
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }

    private static long count(Connection db, String sql, Object... parameters) throws Exception {
        return single(db, sql, parameters);
    }

    private static long single(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getLong(1);
            }
        }
    }
}
