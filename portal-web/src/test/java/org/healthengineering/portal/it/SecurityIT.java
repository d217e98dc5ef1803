package org.healthengineering.portal.it;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal attacked as its users' adversaries would: script stored by one hospital to run on another's pages,
 * forged requests from other sites, redirects steered by the Host header, sign-in timing, and what every answer
 * must carry. Each test failed before the control it names existed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String PASSWORD = "granite harbour 5521";
    /** Ends an inline script, then runs markup: what a hostile hospital administrator names their hospital. */
    private static final String SCRIPT_NAME = "</script><img src=x onerror=\"window.__pwned=1\">Evil & Co '\" (test)";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHospitalNamedWithScriptNeverRunsOnAnotherHospitalsBenchmark() {
        Api api = new Api(deployment);
        String region = "Script region " + UUID.randomUUID().toString().substring(0, 8);
        Api.Registered attacker = api.registerWith("attacker", PASSWORD, "HOSPITAL_ADMIN");
        Api.Registered victim = api.registerWith("victim", PASSWORD, "HOSPITAL_ADMIN");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String code = "XS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Neighbour " + i + " (test)\","
                    + "\"kind\":\"COMMUNITY\",\"region\":\"" + region + "\",\"beds\":120,\"medicalDevices\":900,"
                    + "\"consentsToBeNamed\":true}", Api.ADMIN).status());
            Api.Registered admin = i == 0 ? victim : attacker;
            assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + admin.email() + "\"],"
                    + "\"boardViewers\":[]}", Api.ADMIN).status());
            StringBuilder csv = new StringBuilder("hospital_code,quarter,staff_group,establishment_fte,in_post_fte,"
                    + "vacancy_fte,agency_fte,leavers,headcount_under_35,headcount_35_to_54,headcount_55_plus\n");
            for (String group : List.of("CLINICAL_ENGINEER", "CLINICAL_TECHNOLOGIST", "PATIENT_ENABLEMENT_ENGINEER",
                    "PATIENT_ENABLEMENT_TECHNICIAN", "APPRENTICE_TRAINEE", "MANAGER")) {
                csv.append(code).append(",2026-Q2,").append(group).append(group.equals("MANAGER")
                        ? ",10,9," + (i + 1) + ",0,0,3,4,2\n" : ",0,0,0,0,0,0,0,0\n");
            }
            Api.Answer uploaded = api.postRaw("hospitals/" + code + "/staffing-returns", "text/csv", csv.toString(),
                    admin.credentials());
            assertEquals(201, uploaded.status(), uploaded.body());
            codes.add(code);
        }
        // The attacker renames one of its hospitals; the name is kept exactly as given.
        Api.Answer renamed = api.put("hospitals/" + codes.get(1), "{\"name\":" + jakarta.json.Json.createValue(SCRIPT_NAME)
                + ",\"kind\":\"COMMUNITY\",\"region\":\"" + region + "\",\"beds\":120,\"medicalDevices\":900,"
                + "\"consentsToBeNamed\":true}", attacker.credentials());
        assertEquals(200, renamed.status(), renamed.body());

        try (Browser browser = Browser.start()) {
            try {
                browser.signIn(url("/login.xhtml"), victim.email(), PASSWORD);
                browser.open(url("/hospitals/benchmark.xhtml?code=" + codes.get(0)));
                browser.choose("benchmark-form:peers", "Same region");
                JavascriptExecutor js = (JavascriptExecutor) browser.driver;
                assertNull(js.executeScript("return window.__pwned;"), "the hospital's name ran as script");
                assertTrue(browser.driver.findElements(org.openqa.selenium.By.cssSelector("img[src='x']")).isEmpty(),
                        "the hospital's name became markup");
                // The chart shows the name as the text it is.
                @SuppressWarnings("unchecked")
                List<Object> labels = (List<Object>) js.executeScript("return Chart.getChart(document.querySelector("
                        + "\"[id='benchmark-form:bar-chart'] canvas\")).data.labels;");
                assertTrue(labels.contains(SCRIPT_NAME), "chart labels " + labels);

                // The policy would have stopped it too: script added without the response's nonce does not run.
                js.executeScript("var s = document.createElement('script'); s.textContent = 'window.__injected = 1;';"
                        + " document.body.appendChild(s);");
                assertNull(js.executeScript("return window.__injected;"), "inline script without the nonce ran");
                List<String> violations = browser.policyViolations();
                assertTrue(violations.stream().anyMatch(v -> v.contains("inline script")), violations.toString());
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("security-script-name-failure");
                throw e;
            } finally {
                browser.forgetPolicyViolations();
            }
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoProductName() {
        Api api = new Api(deployment);
        String engineer = api.registerEngineer(Api.uniqueEmail("headers"), PASSWORD);
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String page : List.of("/", "/login.xhtml", "/register.xhtml", "/cpd/index.xhtml", "/no-such-page.xhtml",
                "/error/not-found.xhtml")) {
            answers.add(send(HttpRequest.newBuilder(URI.create(url(page))).GET()));
        }
        for (String path : List.of("/api/v1/me", "/api/v1/me/cpd", "/api/v1/no-such-thing", "/health",
                "/cpd/portfolio.csv")) {
            answers.add(send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", engineer).GET()));
        }
        answers.add(send(HttpRequest.newBuilder(URI.create(url("/api/v1/me"))).GET()));
        for (HttpResponse<String> answer : answers) {
            String where = answer.uri() + " (" + answer.statusCode() + ")";
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(null), where);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null), where);
            assertEquals(1, answer.headers().allValues("Content-Security-Policy").size(), where);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
            assertFalse(java.util.regex.Pattern.compile("script-src[^;]*unsafe-").matcher(policy).find(),
                    where + ": " + policy);
            assertTrue(answer.headers().firstValue("Server").isEmpty(), where + " names the server");
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), where);
        }
        HttpResponse<String> page = answers.get(1);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?$"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertFalse(java.util.regex.Pattern.compile("<script(?![^>]*nonce=)[^>]*>[^<]+</script>").matcher(page.body())
                .find(), "every inline script of the page carries the nonce");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PORTAL_SESSION="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        // Static resources may be cached; they hold nothing of anyone's.
        HttpResponse<String> css = send(HttpRequest.newBuilder(URI.create(url("/resources/css/portal.css"))).GET());
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").isEmpty(), css.headers().map().toString());
    }

    /** Signs in through the sign-in page's form, as a browser would, and answers the session cookie. */
    private String sessionCookie(String email, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).GET());
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PORTAL_SESSION="))
                .findFirst().orElseThrow().split(";")[0];
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), "the sign-in form carries its view state");
        URI own = URI.create(url("/"));
        String fields = "login-form=login-form&login-form%3Aemail=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&login-form%3Apassword=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login-form%3Asign-in=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", own.getScheme() + "://" + own.getHost() + ":" + own.getPort())
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        return withCookiesOf(signedIn, "");
    }

    /**
     * The session's cookies after an answer, as a browser keeps them: the session id and, where the session is
     * replicated, the version of it the client has seen (Payara re-reads a session whose version the client lacks).
     */
    private static String withCookiesOf(HttpResponse<?> answer, String cookies) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (String pair : cookies.split(";\\s*")) {
            if (pair.contains("=")) {
                kept.put(pair.substring(0, pair.indexOf('=')), pair);
            }
        }
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";")[0];
            String name = pair.substring(0, pair.indexOf('='));
            if (name.equals("PORTAL_SESSION") || name.equals("JSESSIONIDVERSION")) {
                kept.put(name, pair);
            }
        }
        return String.join("; ", kept.values());
    }

    /**
     * Every page, as the role that uses it, carries the headers; another hospital's page answers 404 (and is no
     * longer logged as an error with a stack trace).
     */
    @Test
    void everyPageCarriesTheHeadersForTheRoleThatUsesIt() {
        Api api = new Api(deployment);
        Api.Registered engineer = api.registerWith("pages-eng", PASSWORD, "ENGINEER", "MENTOR");
        Api.Registered body = api.registerWith("pages-body", PASSWORD, "BODY_ADMIN", "ASSESSOR");
        Api.Registered hospitalAdmin = api.registerWith("pages-hospital", PASSWORD, "HOSPITAL_ADMIN");
        String mine = "PG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String theirs = "PH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (String code : List.of(mine, theirs)) {
            assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"Pages " + code + " (test)\","
                    + "\"kind\":\"ACUTE\",\"region\":\"Pages\",\"beds\":100,\"medicalDevices\":100}", Api.ADMIN).status());
        }
        assertEquals(200, api.put("hospitals/" + mine + "/members", "{\"administrators\":[\"" + hospitalAdmin.email()
                + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put(engineer.email(), List.of("/", "/cpd/index.xhtml", "/competence/readiness.xhtml",
                "/competence/assess.xhtml", "/competence/profile.xhtml", "/competence/roles.xhtml",
                "/competence/qualifications.xhtml", "/competence/bodies.xhtml", "/frameworks/index.xhtml",
                "/frameworks/view.xhtml?id=1", "/mentoring/index.xhtml", "/mentoring/profile.xhtml",
                "/notifications.xhtml", "/account.xhtml", "/credentials/index.xhtml", "/verify/index.xhtml"));
        pages.put(body.email(), List.of("/workforce/national.xhtml", "/mentoring/disputes.xhtml",
                "/competence/role-edit.xhtml?code=CHE", "/credentials/issued.xhtml", "/credentials/issuers.xhtml"));
        pages.put(hospitalAdmin.email(), List.of("/hospitals/index.xhtml", "/hospitals/view.xhtml?code=" + mine,
                "/hospitals/staffing.xhtml?code=" + mine, "/hospitals/benchmark.xhtml?code=" + mine));
        pages.put("it-admin@example.test", List.of("/admin/accounts.xhtml", "/admin/audit.xhtml"));
        int checked = 0;
        for (Map.Entry<String, List<String>> who : pages.entrySet()) {
            String cookie = sessionCookie(who.getKey(),
                    who.getKey().equals("it-admin@example.test") ? "orchid-lighthouse-7392" : PASSWORD);
            for (String page : who.getValue()) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url(page))).header("Cookie", cookie).GET());
                cookie = withCookiesOf(answer, cookie);
                assertEquals(200, answer.statusCode(), page);
                String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?$"), page + ": " + policy);
                assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), page);
                assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null), page);
                assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(null), page);
                assertTrue(answer.headers().firstValue("Server").isEmpty(), page);
                checked++;
            }
            if (who.getKey().equals(hospitalAdmin.email())) {
                for (String page : List.of("view", "staffing", "benchmark")) {
                    HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(url("/hospitals/" + page
                            + ".xhtml?code=" + theirs))).header("Cookie", cookie).GET());
                    assertEquals(404, other.statusCode(), page + " of another hospital");
                    assertFalse(other.body().contains("Pages " + theirs), page);
                }
            }
        }
        assertEquals(27, checked);
    }

    @Test
    void healthTellsAnonymousCallersUpOrDownAndNothingMore() {
        for (String path : List.of("/health", "/health/ready", "/health/live")) {
            HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(url(path))).GET());
            assertEquals(200, health.statusCode(), path + ": " + health.body());
            assertTrue(health.body().contains("\"UP\""), health.body());
            assertFalse(health.body().toLowerCase(java.util.Locale.ROOT).contains("mariadb"), health.body());
            assertFalse(java.util.regex.Pattern.compile("\\d+\\.\\d+\\.\\d+").matcher(health.body()).find(),
                    "no version numbers: " + health.body());
        }
        Api api = new Api(deployment);
        String nosy = api.registerEngineer(Api.uniqueEmail("nosy"), PASSWORD);
        assertEquals(403, api.get("operations/status", nosy).status());
        assertEquals(403, api.get("operations/mail", nosy).status(), "the outbox is for operators");
        assertEquals(403, api.post("operations/mail", "{}", nosy).status());
        JsonObject status = api.get("operations/status", Api.ADMIN).json();
        assertTrue(status.getString("databaseVersion").contains("MariaDB"), status.toString());
    }

    @Test
    void redirectsAreBuiltWithoutTheHostHeader() throws IOException {
        // java.net.http refuses to set Host, so this request is written by hand, as an attacker would.
        URI target = URI.create(url("/cpd/index.xhtml"));
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.getOutputStream().write(("GET /cpd/index.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String location = answer.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("location:"))
                    .findFirst().orElseThrow(() -> new AssertionError(answer));
            assertFalse(location.contains("evil.example"), location);
            assertTrue(location.trim().endsWith("/login.xhtml"), location);
        }
    }

    @Test
    void changesFromAnotherSiteAreRefusedBeforeAnythingRuns() {
        Api api = new Api(deployment);
        String email = Api.uniqueEmail("forged");
        String engineer = api.registerEngineer(email, PASSWORD);
        String activity = "{\"title\":\"Forged\",\"type\":\"OTHER\",\"startDate\":\"2026-01-05\",\"endDate\":\"2026-01-05\","
                + "\"hours\":1}";
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(url("/api/v1/me/cpd")))
                .header("Authorization", engineer).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(activity)));
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(0, api.get("me/cpd", engineer).json().getInt("total"), "nothing was saved");
        // A page's form posted from another site: refused although it carries a view state.
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("login-form=login-form&jakarta.faces.ViewState=stateless")));
        assertEquals(403, page.statusCode());
        HttpResponse<String> referred = send(HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "https://evil.example/trap.html")
                .POST(HttpRequest.BodyPublishers.ofString("login-form=login-form")));
        assertEquals(403, referred.statusCode());
        // Signing out is a change as well: another site's page cannot post the menu's sign-out form.
        HttpResponse<String> signOut = send(HttpRequest.newBuilder(URI.create(url("/sign-out")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, signOut.statusCode());
        // The same request from the portal's own origin, or from a script that sends no Origin, is served.
        URI own = URI.create(url("/"));
        HttpResponse<String> same = send(HttpRequest.newBuilder(URI.create(url("/api/v1/me/cpd")))
                .header("Authorization", engineer).header("Content-Type", "application/json")
                .header("Origin", own.getScheme() + "://" + own.getHost() + ":" + own.getPort())
                .POST(HttpRequest.BodyPublishers.ofString(activity)));
        assertEquals(201, same.statusCode(), same.body());
        assertEquals(201, api.post("me/cpd", activity, engineer).status());
    }

    @Test
    void signInTakesAsLongForAnUnknownEmailAsForAWrongPassword() {
        Api api = new Api(deployment);
        String known = Api.uniqueEmail("timed");
        api.registerEngineer(known, PASSWORD);
        // Warm up both paths, then take the median of several tries of each.
        api.get("me", Api.basic(Api.uniqueEmail("nobody"), "wrong password 1"));
        api.get("me", Api.basic(known, "wrong password 1"));
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            unknown.add(timed(() -> assertEquals(401, api.get("me", Api.basic(Api.uniqueEmail("nobody"),
                    "wrong password 1")).status())));
            wrong.add(timed(() -> assertEquals(401, api.get("me", Api.basic(known, "wrong password " + 2)).status())));
        }
        long unknownMedian = median(unknown);
        long wrongMedian = median(wrong);
        // Before the decoy hash an unknown email was refused about twenty times faster than a wrong password.
        assertTrue(unknownMedian * 2 >= wrongMedian, "unknown " + unknown + " ms against wrong password " + wrong + " ms");
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
    }

    @Test
    void aTokenCarriesOnlyTheRolesItsAccountHoldsNow() {
        Api api = new Api(deployment);
        Api.Registered body = api.registerWith("revoked-body", PASSWORD, "BODY_ADMIN");
        Api.Answer token = api.post("me/tokens", "{\"name\":\"script\"}", body.credentials());
        assertEquals(201, token.status(), token.body());
        String bearer = Api.bearer(token.json().getString("secret"));
        assertEquals(200, api.get("workforce/national", bearer).status());
        long id = api.get("me", body.credentials()).json().getJsonNumber("id").longValue();
        assertEquals(200, api.put("accounts/" + id + "/roles", "{\"roles\":[\"ENGINEER\"]}", Api.ADMIN).status());
        assertEquals(403, api.get("workforce/national", bearer).status(), "the revoked role no longer works by token");
        assertNotNull(api.get("me", bearer).json().getString("email"));
    }

    /**
     * A page keeps the signed-in person's roles and memberships in their session between requests (under a version
     * on the Data Grid): a role or a membership taken away still takes effect at the very next page.
     */
    @Test
    void aRevokedRoleOrMembershipTakesEffectAtTheNextPage() {
        Api api = new Api(deployment);
        Api.Registered body = api.registerWith("session-revoked", PASSWORD, "BODY_ADMIN", "BOARD_VIEWER");
        long id = api.get("me", body.credentials()).json().getJsonNumber("id").longValue();
        String hospital = "HS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + hospital + "\",\"name\":\"Held General (test)\","
                + "\"kind\":\"ACUTE\",\"region\":\"Held\",\"beds\":300,\"medicalDevices\":9000}", Api.ADMIN).status());
        assertEquals(200, api.put("hospitals/" + hospital + "/members",
                "{\"administrators\":[],\"boardViewers\":[\"" + body.email() + "\"]}", Api.ADMIN).status());
        try (Browser browser = Browser.start()) {
            browser.signIn(url("/login.xhtml"), body.email(), PASSWORD);
            browser.open(url("/workforce/national.xhtml"));
            browser.waitForText("h1", "National engineering workforce");
            browser.open(url("/hospitals/view.xhtml?code=" + hospital));
            browser.waitForText("h1", "Held General (test)");
            assertFalse(browser.driver.findElements(org.openqa.selenium.By.id("menu-workforce")).isEmpty());

            // The membership goes: the hospital's page is not found at the next request.
            assertEquals(200, api.put("hospitals/" + hospital + "/members",
                    "{\"administrators\":[],\"boardViewers\":[]}", Api.ADMIN).status());
            browser.open(url("/hospitals/view.xhtml?code=" + hospital));
            browser.waitForText("h1", "Page not found");

            // The role goes: the page is refused and the menu no longer offers it.
            assertEquals(200, api.put("accounts/" + id + "/roles", "{\"roles\":[\"ENGINEER\"]}", Api.ADMIN).status());
            browser.open(url("/workforce/national.xhtml"));
            browser.waitForText("h1", "Not available to you");
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("menu-workforce")).isEmpty());
        }
    }

    /**
     * A write the corpus attacks: method, path, who, a valid body, a GET whose answer shows what is stored, and
     * the fields that name something by its code.
     */
    private record Target(String method, String path, String credentials, String valid, String stored,
                          String... codes) {
    }

    private static String token(Api api, String credentials) {
        Api.Answer created = api.post("me/tokens", "{\"name\":\"corpus\"}", credentials);
        assertEquals(201, created.status(), created.body());
        return Api.bearer(created.json().getString("secret"));
    }

    private Api.Answer write(Api api, String method, String path, String body, String credentials) {
        return switch (method) {
            case "POST" -> api.postRaw(path, "application/json", body, credentials);
            case "PUT" -> api.putRaw(path, "application/json", body, credentials);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /**
     * Every field of every kind of write, given every wrong type, oversized text, numbers beyond range, impossible
     * dates and broken bodies: a 4xx problem document each time, listing what is wrong, and nothing stored.
     */
    @Test
    void theHostileInputCorpusIsRefusedWithProblemsAndLeavesNothingStored() {
        Api api = new Api(deployment);
        String engineer = api.registerEngineer(Api.uniqueEmail("corpus"), PASSWORD);
        Api.Registered hospitalAdmin = api.registerWith("corpus-hospital", PASSWORD, "HOSPITAL_ADMIN");
        String body = api.registerWithRoles("corpus-body", PASSWORD, "BODY_ADMIN");
        String mentor = api.registerWithRoles("corpus-mentor", PASSWORD, "MENTOR");
        String code = "HC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String hospital = "{\"code\":\"" + code + "\",\"name\":\"Corpus General (test)\",\"kind\":\"ACUTE\","
                + "\"region\":\"Corpus\",\"beds\":300,\"medicalDevices\":4000,\"consentsToBeNamed\":false}";
        assertEquals(201, api.post("hospitals", hospital, Api.ADMIN).status());
        assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + hospitalAdmin.email()
                + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
        String providerCode = "PC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String provider = "{\"code\":\"" + providerCode + "\",\"name\":\"Corpus Training (test)\","
                + "\"contactEmail\":\"courses@corpus.example.org\",\"website\":\"https://corpus.example.org\"}";
        assertEquals(201, api.post("providers", provider, Api.ADMIN).status());
        Api.Registered providerStaff = api.registerWith("corpus-provider", PASSWORD, "TRAINING_PROVIDER");
        assertEquals(200, api.put("providers/" + providerCode + "/members", "{\"members\":[\"" + providerStaff.email()
                + "\"]}", Api.ADMIN).status());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String course = "{\"bodyCode\":\"IPEM\",\"title\":\"Corpus course\",\"kind\":\"COURSE\",\"summary\":\"s\","
                + "\"audience\":\"a\",\"delivery\":\"ONLINE\",\"faculty\":\"f\",\"assessmentMethod\":\"m\","
                + "\"evaluationMethod\":\"e\",\"sponsored\":false,\"sessions\":[{\"day\":\"" + today.plusDays(7)
                + "\",\"contactHours\":3,\"breakHours\":0.5}],\"outcomes\":[{\"text\":\"o\",\"competencyId\":3,"
                + "\"level\":2}]}";
        long courseId = api.post("providers/" + providerCode + "/courses", course, providerStaff.credentials()).json()
                .getJsonNumber("id").longValue();
        long accredited = api.post("providers/" + providerCode + "/courses", course, providerStaff.credentials()).json()
                .getJsonNumber("id").longValue();
        Api.Registered corpusReviewer = api.registerWith("corpus-reviewer", PASSWORD, "ASSESSOR");
        api.post("courses/" + accredited + "/submission", "", providerStaff.credentials());
        api.post("courses/" + accredited + "/administrative-check", "{\"complete\":true}", body);
        api.put("courses/" + accredited + "/reviewers", "{\"reviewers\":[\"" + corpusReviewer.email() + "\"]}", body);
        String criteria = api.get("bodies/IPEM/accreditation", body).json().getJsonArray("criteria").stream()
                .map(c -> "{\"criterion\":" + c + ",\"grade\":\"MET\"}").collect(java.util.stream.Collectors.joining(","));
        assertEquals(200, api.post("courses/" + accredited + "/reviews", "{\"declaredNoConflict\":true,\"judgements\":["
                + criteria + "],\"recommendation\":\"APPROVED\"}", corpusReviewer.credentials()).status());
        Api.Answer approval = api.post("courses/" + accredited + "/decision", "{\"decision\":\"APPROVED\",\"validFrom\":\""
                + today + "\",\"validUntil\":\"" + today.plusYears(1) + "\"}", body);
        assertEquals(200, approval.status(), approval.body());
        String activity = "{\"title\":\"Infusion pump course\",\"type\":\"FORMAL_LEARNING\",\"startDate\":\"2026-01-05\","
                + "\"endDate\":\"2026-01-06\",\"hours\":7.5,\"learned\":\"l\",\"applied\":\"a\",\"benefit\":\"b\","
                + "\"url\":\"https://example.org/course\"}";
        long activityId = api.post("me/cpd", activity, engineer).json().getJsonNumber("id").longValue();
        long draft = api.post("frameworks", "{\"code\":\"CORPUS" + UUID.randomUUID().toString().substring(0, 4)
                + "\",\"title\":\"Corpus\",\"publisher\":\"Test\",\"versionLabel\":\"1\"}", body)
                .json().getJsonNumber("id").longValue();
        String node = "{\"parentId\":null,\"code\":\"N1\",\"title\":\"Node\",\"statement\":\"S\",\"itemType\":\"Competency\","
                + "\"proficientFrom\":3}";
        long nodeId = api.post("frameworks/" + draft + "/competencies", node, body).json().getJsonNumber("id").longValue();
        // A node with two children, for its roll-up rule.
        long ruledId = api.post("frameworks/" + draft + "/competencies", node.replace("N1", "R1"), body).json()
                .getJsonNumber("id").longValue();
        for (String child : List.of("R1.1", "R1.2")) {
            assertEquals(201, api.post("frameworks/" + draft + "/competencies", node.replace("null", String.valueOf(ruledId))
                    .replace("N1", child), body).status());
        }
        long mentorId = api.get("me", mentor).json().getJsonNumber("id").longValue();
        assertEquals(200, api.put("mentors/me", "{\"region\":\"North\",\"capacity\":3,\"availability\":\"Evenings\","
                + "\"about\":\"Twenty years of devices\",\"published\":true,\"competencies\":[{\"competencyId\":3,"
                + "\"level\":4}]}", mentor).status());
        StringBuilder lines = new StringBuilder();
        for (String group : List.of("CLINICAL_ENGINEER", "CLINICAL_TECHNOLOGIST", "PATIENT_ENABLEMENT_ENGINEER",
                "PATIENT_ENABLEMENT_TECHNICIAN", "APPRENTICE_TRAINEE", "MANAGER")) {
            lines.append(lines.length() == 0 ? "" : ",").append("{\"staffGroup\":\"").append(group).append("\","
                    + "\"establishmentFte\":10,\"inPostFte\":9,\"vacancyFte\":1,\"agencyFte\":0,\"leavers\":0,"
                    + "\"headcountUnder35\":3,\"headcount35To54\":4,\"headcount55Plus\":2}");
        }
        // A CPD audit: a body of the corpus's own, the engineer registered with it and sampled (rate 1), and a
        // second campaign left open to revise.
        String auditBody = "SB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(200, api.put("bodies/" + auditBody, "{\"name\":\"Corpus Audit Body " + auditBody + "\",\"cpdPolicy\":"
                + "\"Illustrative\",\"cycleMonths\":12,\"minActivityTypes\":0,\"reflectionRequired\":false,"
                + "\"requiredTypes\":[]}", body).status());
        assertEquals(200, api.put("me/registrations/" + auditBody, "{\"registeredOn\":\"2020-01-01\","
                + "\"registrationTitle\":\"CEng\"}", engineer).status());
        // today: the day already chosen above for the course corpus (the portal's zone)
        String campaign = "{\"title\":\"Corpus audit\",\"periodStart\":\"" + today.minusYears(1) + "\",\"periodEnd\":\""
                + today.minusDays(1) + "\",\"samplingRate\":1,\"minimumYears\":2,\"retiredIncluded\":false,"
                + "\"stratifyByTitle\":true,\"deadline\":\"" + today.plusDays(60) + "\"}";
        long sampledCampaign = api.post("bodies/" + auditBody + "/audit-campaigns", campaign, body).json()
                .getJsonNumber("id").longValue();
        assertEquals(201, api.post("audit-campaigns/" + sampledCampaign + "/selection", "", body).status());
        long auditCase = api.get("me/audit-cases", engineer).array().getJsonObject(0).getJsonNumber("id").longValue();
        long openCampaign = api.post("bodies/" + auditBody + "/audit-campaigns", campaign, body).json()
                .getJsonNumber("id").longValue();
        // A credential: an assessor verifies the engineer's competency, and the wallet issues it.
        long engineerId = api.get("me", engineer).json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("engineers/" + engineerId + "/competencies/3/verifications", "{\"level\":2}",
                corpusReviewer.credentials()).status());
        JsonObject credential = api.get("me/credentials", engineer).array().getJsonObject(0);
        long credentialId = credential.getJsonNumber("id").longValue();
        String credentialPublicId = credential.getString("publicId");
        JsonObject portalIssuer = api.get("issuers", body).array().getJsonObject(0);
        long issuerKey = portalIssuer.getJsonArray("keys").getJsonObject(0).getJsonNumber("id").longValue();
        // Bearer tokens, not passwords: each password check costs an argon2id hash, which would dominate the run.
        String admin = token(api, hospitalAdmin.credentials());
        engineer = token(api, engineer);
        body = token(api, body);
        mentor = token(api, mentor);
        String system = token(api, Api.ADMIN);
        String staff = token(api, providerStaff.credentials());
        String vacancyJson = "{\"title\":\"Corpus engineer\",\"band\":\"Band 7\",\"location\":\"Corpus\","
                + "\"hoursPerWeek\":37.5,\"closingDate\":\"" + today.plusDays(30) + "\",\"description\":\"Maintains"
                + " devices\",\"specification\":[{\"kind\":\"EXPERIENCE\",\"minYears\":3,\"essential\":true},"
                + "{\"kind\":\"FREE_TEXT\",\"text\":\"Leads a team\",\"essential\":false}]}";
        Api.Answer draftVacancy = api.post("hospitals/" + code + "/vacancies", vacancyJson, admin);
        assertEquals(201, draftVacancy.status(), draftVacancy.body());
        long vacancyId = draftVacancy.json().getJsonNumber("id").longValue();
        String schemeCode = "CS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String schemeJson = "{\"body\":\"IPEM\",\"code\":\"" + schemeCode + "\",\"name\":\"Corpus scheme\","
                + "\"summary\":\"Recognises corpus engineers\",\"areas\":[{\"competencyId\":3,\"title\":\"Devices\","
                + "\"wordLimit\":100}],\"evidenceFilesRequired\":0,\"validityYears\":3}";
        Api.Answer scheme = api.post("recognition-schemes", schemeJson, body);
        assertEquals(201, scheme.status(), scheme.body());
        long schemeId = scheme.json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("recognition-schemes/" + schemeId + "/opening", "", body).status());
        List<Target> targets = List.of(
                new Target("POST", "me/cpd", engineer, activity, "me/cpd", "type"),
                new Target("PUT", "me/cpd/" + activityId, engineer, activity, "me/cpd/" + activityId, "type"),
                new Target("POST", "me/qualifications", engineer, "{\"qualificationId\":1,\"awardedOn\":\"2020-01-01\"}",
                        "me/qualifications"),
                new Target("POST", "me/assessments", engineer, "{\"competencyId\":3,\"level\":2,\"note\":\"n\"}",
                        "me/assessments?competency=3"),
                new Target("PUT", "me/profile", engineer, "{\"yearsExperience\":4,\"currentPost\":\"Clinical engineer\"}",
                        "me/profile"),
                new Target("POST", "me/plan/objectives", engineer, "{\"title\":\"Lead a review\",\"description\":\"d\","
                        + "\"targetDate\":\"2027-01-01\",\"roleCode\":\"CHE\"}", "me/plan/objectives", "roleCode"),
                new Target("PUT", "me/registrations/IPEM", engineer, "{\"registeredOn\":\"2020-01-01\","
                        + "\"membershipNumber\":\"M-1\"}", "me/registrations"),
                new Target("POST", "me/tokens", engineer, "{\"name\":\"script\"}", "me/tokens"),
                new Target("POST", "mentorings", engineer, "{\"mentorId\":" + mentorId + ",\"roleCode\":\"CHE\","
                        + "\"message\":\"Please\"}", "mentorings", "roleCode"),
                new Target("PUT", "mentors/me", mentor, "{\"region\":\"North\",\"capacity\":3,\"availability\":\"Evenings\","
                        + "\"about\":\"Devices\",\"published\":true,\"competencies\":[{\"competencyId\":3,\"level\":4}]}",
                        "mentors/me"),
                new Target("POST", "hospitals", system, hospital.replace(code, code + "B"), "hospitals", "kind"),
                new Target("PUT", "hospitals/" + code, admin, hospital, "hospitals/" + code, "kind"),
                new Target("POST", "hospitals/" + code + "/posts", admin, "{\"title\":\"Chief Executive\","
                        + "\"kind\":\"CHIEF_EXECUTIVE\",\"boardSeat\":\"VOTING\",\"budgetAuthority\":1000000,"
                        + "\"responsibilityLevel\":5,\"decisionPowers\":[\"PROCUREMENT_SIGN_OFF\"]}", "hospitals/" + code + "/posts",
                        "kind", "boardSeat"),
                new Target("POST", "hospitals/" + code + "/staffing-returns", admin, "{\"quarter\":\"2026-Q2\",\"note\":\"n\","
                        + "\"lines\":[" + lines + "]}", "hospitals/" + code + "/staffing-returns"),
                new Target("PUT", "hospitals/" + code + "/peers", admin, "{\"peers\":[\"" + code + "\"]}",
                        "hospitals/" + code + "/peers"),
                new Target("POST", "frameworks", body, "{\"code\":\"CORPUSX\",\"title\":\"Corpus\",\"publisher\":\"Test\","
                        + "\"versionLabel\":\"1\"}", "frameworks"),
                new Target("POST", "frameworks/" + draft + "/competencies", body, node, "frameworks/" + draft),
                new Target("PUT", "competencies/" + nodeId, body, node, "frameworks/" + draft),
                new Target("POST", "competencies/" + nodeId + "/move", body, "{\"parentId\":null,\"position\":0}",
                        "frameworks/" + draft),
                new Target("PUT", "competencies/" + ruledId + "/roll-up", body, "{\"rollUp\":\"POINTS\",\"threshold\":2}",
                        "frameworks/" + draft, "rollUp"),
                new Target("POST", "providers", system, provider.replace(providerCode, providerCode + "B"), "providers"),
                new Target("PUT", "providers/" + providerCode, system, provider, "providers/" + providerCode),
                new Target("PUT", "providers/" + providerCode + "/members", system, "{\"members\":[]}",
                        "providers/" + providerCode),
                new Target("POST", "providers/" + providerCode + "/courses", staff, course,
                        "providers/" + providerCode + "/courses", "kind", "delivery", "bodyCode"),
                new Target("PUT", "courses/" + courseId, staff, course, "courses/" + courseId, "kind", "delivery"),
                new Target("POST", "courses/" + accredited + "/completions", staff, "{\"rows\":[{\"email\":\""
                        + Api.uniqueEmail("corpus-attendee") + "\",\"completedOn\":\"" + today + "\",\"hours\":1}]}",
                        "courses/" + accredited + "/completions"),
                new Target("PUT", "bodies/" + auditBody + "/audit-standards", body, "{\"standards\":[{\"code\":\"S1\","
                        + "\"statement\":\"Keeps a record\"}]}", "bodies/" + auditBody + "/audit-standards"),
                new Target("POST", "bodies/" + auditBody + "/audit-campaigns", body, campaign,
                        "bodies/" + auditBody + "/audit-campaigns"),
                new Target("PUT", "audit-campaigns/" + openCampaign, body, campaign, "audit-campaigns/" + openCampaign),
                new Target("PUT", "me/audit-cases/" + auditCase, engineer, "{\"response\":\"PROFILE_TO_FOLLOW\","
                        + "\"summary\":\"My practice\",\"statement\":\"How it meets the standards\",\"activities\":["
                        + activityId + "]}", "me/audit-cases/" + auditCase, "response"),
                new Target("POST", "me/audit-cases/" + auditCase + "/appeal", engineer, "{\"grounds\":\"Unfair\"}",
                        "me/audit-cases/" + auditCase),
                new Target("POST", "audit-cases/" + auditCase + "/deferral-decision", body, "{\"granted\":true,"
                        + "\"note\":\"Granted\"}", "audit-cases/" + auditCase),
                new Target("PUT", "audit-cases/" + auditCase + "/assessors", body, "{\"first\":\"first@corpus.example.org\","
                        + "\"second\":\"second@corpus.example.org\"}", "audit-cases/" + auditCase),
                new Target("POST", "audit-cases/" + auditCase + "/outcome", body, "{\"outcome\":\"EXTENSION_GRANTED\","
                        + "\"note\":\"More time\",\"newDeadline\":\"" + today.plusDays(90) + "\"}",
                        "audit-cases/" + auditCase, "outcome"),
                new Target("PUT", "assessments/audit-cases/" + auditCase + "/grades", body, "{\"grades\":[{\"standard\":"
                        + "\"S1\",\"grade\":\"MET\",\"comment\":\"Clear\"}],\"declaresNoConflict\":true}",
                        "audit-cases/" + auditCase),
                new Target("POST", "hospitals/" + code + "/vacancies", admin, vacancyJson,
                        "hospitals/" + code + "/vacancies", "kind"),
                new Target("PUT", "vacancies/" + vacancyId, admin, vacancyJson, "vacancies/" + vacancyId, "kind"),
                new Target("POST", "vacancies/" + vacancyId + "/withdrawal", admin, "{\"reason\":\"Merged\"}",
                        "vacancies/" + vacancyId),
                new Target("POST", "recognition-schemes", body, schemeJson.replace(schemeCode, schemeCode + "B"),
                        "recognition-schemes"),
                new Target("PUT", "recognition-schemes/" + schemeId, body, schemeJson.replace("\"body\":\"IPEM\",", ""),
                        "recognition-schemes/" + schemeId),
                new Target("POST", "recognition-applications", engineer, "{\"schemeId\":" + schemeId + "}",
                        "recognition-applications"),
                new Target("POST", "issued-credentials/" + credentialId + "/suspension", body,
                        "{\"reason\":\"Under review\"}", "issued-credentials?q=" + credentialPublicId),
                new Target("POST", "issued-credentials/" + credentialId + "/revocation", body,
                        "{\"reason\":\"Awarded in error\"}", "issued-credentials?q=" + credentialPublicId),
                new Target("POST", "issued-credentials/" + credentialId + "/reinstatement", body,
                        "{\"reason\":\"Review closed\"}", "issued-credentials?q=" + credentialPublicId),
                new Target("PUT", "me/credentials/" + credentialId + "/portfolio", engineer, "{\"included\":true}",
                        "me/credentials/" + credentialId),
                new Target("POST", "issuers/" + portalIssuer.getJsonNumber("id") + "/keys/" + issuerKey
                        + "/compromise", body, "{\"reason\":\"Leaked\"}", "issuers"),
                new Target("PUT", "qualifications/CORPUS-OB", body, "{\"name\":\"Corpus badge\",\"awardingBody\":"
                        + "\"Corpus\",\"kind\":\"CERTIFICATE\",\"achievementId\":\"https://example.org/a/1\"}",
                        "qualifications", "kind"));
        int tried = 0;
        List<String> failures = new ArrayList<>();
        for (Target target : targets) {
            JsonObject valid = jakarta.json.Json.createReader(new java.io.StringReader(target.valid())).readObject();
            for (HostileInputs.Mutation mutation : HostileInputs.of(valid, target.codes())) {
                String before = api.get(target.stored(), target.credentials()).body();
                Api.Answer answer;
                tried++;
                try {
                    answer = write(api, target.method(), target.path(), mutation.body(), target.credentials());
                } catch (RuntimeException e) {
                    failures.add(target.method() + " " + target.path() + " with " + mutation.description() + ": " + e);
                    continue;
                }
                String where = target.method() + " " + target.path() + " with " + mutation.description() + ": "
                        + answer.status() + " " + answer.body().substring(0, Math.min(300, answer.body().length()));
                if (answer.status() < 400 || answer.status() >= 500) {
                    failures.add(where);
                    continue;
                }
                if (!String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json")) {
                    failures.add(where + " (not a problem document)");
                    continue;
                }
                String after = api.get(target.stored(), target.credentials()).body();
                if (!before.equals(after)) {
                    failures.add(where + " (something was stored)");
                }
            }
        }
        System.out.println("Hostile-input corpus: " + tried + " requests tried, " + failures.size() + " failed");
        assertEquals(List.of(), failures, failures.size() + " of " + tried + " hostile requests were not refused cleanly");
    }

    @Test
    void oversizedBodiesAreRefusedWith413BeforeAnythingReadsThem() {
        Api api = new Api(deployment);
        String engineer = api.registerEngineer(Api.uniqueEmail("oversized"), PASSWORD);
        String padding = "{\"title\":\"Padded\",\"type\":\"OTHER\",\"startDate\":\"2026-01-05\",\"endDate\":\"2026-01-05\","
                + "\"hours\":1,\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Api.Answer json = api.postRaw("me/cpd", "application/json", padding, engineer);
        assertEquals(413, json.status(), json.body());
        assertTrue(json.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(0, api.get("me/cpd", engineer).json().getInt("total"));
        long activity = api.post("me/cpd", "{\"title\":\"Course\",\"type\":\"OTHER\",\"startDate\":\"2026-01-05\","
                + "\"endDate\":\"2026-01-05\",\"hours\":1}", engineer).json().getJsonNumber("id").longValue();
        Api.Answer file = api.postBytes("me/evidence?activity=" + activity + "&name=big.pdf", "application/pdf",
                new byte[40 * 1024 * 1024], engineer);
        assertEquals(413, file.status(), file.body());
        assertEquals(0, api.get("me/evidence?activity=" + activity, engineer).array().size());
    }

    /** Markup and script as free text: it must show as these characters wherever it appears, and never run. */
    private static final String STORED = "<img src=x onerror=\"window.__pwned=1\"></script><script>window.__pwned=2</script>";

    private static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }


    /**
     * Script stored in every free-text field people fill in (names, titles, reflections, notes, messages, a
     * hospital's name, a mentor's profile) is shown as text on every page that shows it, for every role, and never
     * runs; and the pages' own scripts are never refused by the policy (the browser fails the test if one is).
     */
    @Test
    void storedScriptIsInertOnEveryPageThatShowsIt() {
        Api api = new Api(deployment);
        String engineerEmail = Api.uniqueEmail("stored-eng");
        api.post("accounts", "{\"email\":\"" + engineerEmail + "\",\"displayName\":" + quoted("Eng " + STORED.substring(0, 40))
                + ",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(200, api.post("accounts/confirmations", "{\"token\":\"" + Mailbox.confirmationToken(engineerEmail)
                + "\"}", null).status());
        String engineer = Api.basic(engineerEmail, PASSWORD);
        Api.Registered mentor = api.registerWith("stored-mentor", PASSWORD, "ENGINEER", "MENTOR");
        Api.Registered body = api.registerWith("stored-body", PASSWORD, "BODY_ADMIN");
        Api.Registered hospitalAdmin = api.registerWith("stored-hospital", PASSWORD, "HOSPITAL_ADMIN");
        String text = quoted(STORED);
        assertEquals(201, api.post("me/cpd", "{\"title\":" + text + ",\"type\":\"OTHER\",\"startDate\":\"2026-01-05\","
                + "\"endDate\":\"2026-01-05\",\"hours\":1,\"learned\":" + text + ",\"applied\":" + text + ",\"benefit\":"
                + text + "}", engineer).status());
        assertEquals(201, api.post("me/plan/objectives", "{\"title\":" + text + ",\"description\":" + text
                + ",\"targetDate\":\"2027-01-01\"}", engineer).status());
        assertEquals(200, api.put("me/profile", "{\"yearsExperience\":3,\"currentPost\":" + text + "}", engineer).status());
        assertEquals(201, api.post("me/assessments", "{\"competencyId\":3,\"level\":2,\"note\":" + text + "}", engineer)
                .status());
        assertEquals(200, api.put("mentors/me", "{\"region\":\"North\",\"capacity\":3,\"availability\":" + text
                + ",\"about\":" + text + ",\"published\":true,\"competencies\":[{\"competencyId\":3,\"level\":4}]}",
                mentor.credentials()).status());
        long mentorId = api.get("me", mentor.credentials()).json().getJsonNumber("id").longValue();
        Api.Answer requested = api.post("mentorings", "{\"mentorId\":" + mentorId + ",\"message\":" + text + "}", engineer);
        assertEquals(201, requested.status(), requested.body());
        long mentoring = requested.json().getJsonObject("relationship").getJsonNumber("id").longValue();
        assertEquals(200, api.post("mentorings/" + mentoring + "/accept", "", mentor.credentials()).status());
        assertEquals(201, api.post("mentorings/" + mentoring + "/goals", "{\"title\":" + text + ",\"dueDate\":\"2027-01-01\"}",
                mentor.credentials()).status());
        assertEquals(201, api.post("mentorings/" + mentoring + "/meetings", "{\"heldOn\":\"2026-01-05\",\"sharedNotes\":"
                + text + ",\"privateNote\":" + text + "}", mentor.credentials()).status());
        long framework = api.post("frameworks", "{\"code\":\"XSS" + UUID.randomUUID().toString().substring(0, 4).toUpperCase()
                + "\",\"title\":" + text + ",\"publisher\":" + text + ",\"versionLabel\":\"1\"}", body.credentials())
                .json().getJsonNumber("id").longValue();
        long competency = api.post("frameworks/" + framework + "/competencies", "{\"code\":\"X1\",\"title\":" + text
                + ",\"statement\":" + text + "}", body.credentials()).json().getJsonNumber("id").longValue();
        String code = "XP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":" + text + ",\"kind\":\"ACUTE\","
                + "\"region\":" + text + ",\"beds\":100,\"medicalDevices\":100}", Api.ADMIN).status());
        assertEquals(200, api.put("hospitals/" + code + "/members", "{\"administrators\":[\"" + hospitalAdmin.email()
                + "\"],\"boardViewers\":[]}", Api.ADMIN).status());
        Api.Answer post = api.post("hospitals/" + code + "/posts", "{\"title\":" + text + ",\"kind\":\"OTHER\","
                + "\"holderName\":" + text + "}", hospitalAdmin.credentials());
        assertEquals(201, post.status(), post.body());
        // A credential from elsewhere whose issuer and achievement are named with script, imported by the engineer.
        OutsideIssuer hostile = OutsideIssuer.named("Issuer " + STORED);
        Api.Answer imported = api.postRaw("me/credentials/import", "application/json", hostile.credential(engineerEmail,
                "https://training.example.org/achievements/" + UUID.randomUUID(), "Badge " + STORED, STORED), engineer);
        assertEquals(201, imported.status(), imported.body());

        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put(engineerEmail, List.of("/", "/cpd/index.xhtml", "/competence/profile.xhtml",
                "/competence/assess.xhtml", "/competence/readiness.xhtml", "/mentoring/index.xhtml",
                "/mentoring/view.xhtml?id=" + mentoring, "/notifications.xhtml", "/account.xhtml",
                "/credentials/index.xhtml"));
        pages.put(mentor.email(), List.of("/mentoring/index.xhtml", "/mentoring/profile.xhtml",
                "/mentoring/view.xhtml?id=" + mentoring, "/notifications.xhtml"));
        pages.put(body.email(), List.of("/frameworks/index.xhtml", "/frameworks/view.xhtml?id=" + framework,
                "/frameworks/competency.xhtml?id=" + competency, "/workforce/national.xhtml"));
        pages.put(hospitalAdmin.email(), List.of("/hospitals/index.xhtml", "/hospitals/view.xhtml?code=" + code,
                "/hospitals/staffing.xhtml?code=" + code, "/hospitals/benchmark.xhtml?code=" + code));
        pages.put("it-admin@example.test", List.of("/admin/accounts.xhtml", "/admin/audit.xhtml", "/hospitals/index.xhtml"));
        int shown = 0;
        try (Browser browser = Browser.start()) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            for (Map.Entry<String, List<String>> who : pages.entrySet()) {
                browser.signIn(url("/login.xhtml"), who.getKey(),
                        who.getKey().equals("it-admin@example.test") ? "orchid-lighthouse-7392" : PASSWORD);
                for (String page : who.getValue()) {
                    try {
                        browser.open(url(page));
                        assertNull(js.executeScript("return window.__pwned;"), page + " ran the stored script");
                        assertTrue(browser.driver.findElements(org.openqa.selenium.By.cssSelector("img[src='x']")).isEmpty(),
                                page + " turned the stored text into markup");
                        if (browser.driver.findElement(org.openqa.selenium.By.tagName("body")).getText()
                                .contains("onerror=")) {
                            shown++;
                        }
                    } catch (AssertionError | RuntimeException e) {
                        browser.screenshot("security-stored-script-failure");
                        throw e;
                    }
                }
            }
        }
        assertTrue(shown >= 13, "the stored text is shown, as text, on " + shown + " pages");
    }

    /** Filters, sorts and paths holding SQL and path metacharacters: a 4xx or a plain answer, never a 5xx. */
    @Test
    void queriesAndPathsWithMetacharactersAreAnsweredWithoutAServerError() {
        Api api = new Api(deployment);
        String engineer = token(api, api.registerEngineer(Api.uniqueEmail("meta"), PASSWORD));
        String hospitalAdmin = token(api, api.registerWithRoles("meta-hospital", PASSWORD, "HOSPITAL_ADMIN"));
        String system = token(api, Api.ADMIN);
        List<String> hostile = List.of("' OR '1'='1", "1; DROP TABLE account; --", "%", "_", "\\", "\"", "../../etc/passwd",
                "<script>", "1e999", "-1", "2026-Q9", "NaN", "x".repeat(5000));
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String value : hostile) {
            String v = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (String[] call : List.of(
                    new String[] {"me/cpd?title=" + v, engineer}, new String[] {"me/cpd?type=" + v, engineer},
                    new String[] {"me/cpd?sort=" + v, engineer}, new String[] {"me/cpd?order=" + v, engineer},
                    new String[] {"me/cpd?from=" + v, engineer}, new String[] {"me/cpd?offset=" + v, engineer},
                    new String[] {"me/cpd?limit=" + v, engineer}, new String[] {"me/assessments?competency=" + v, engineer},
                    new String[] {"mentors?region=" + v, engineer}, new String[] {"mentors?competency=" + v, engineer},
                    new String[] {"mentors/suggestions?role=" + v, engineer},
                    new String[] {"me/portfolio?from=" + v, engineer}, new String[] {"me/evidence?activity=" + v, engineer},
                    new String[] {"hospital-directory?q=" + v, hospitalAdmin},
                    new String[] {"accounts?email=" + v, system}, new String[] {"me/cpd/" + v, engineer},
                    new String[] {"roles/" + v, engineer}, new String[] {"hospitals/" + v + "/benchmark", engineer},
                    new String[] {"accredited-courses?q=" + v, null}, new String[] {"accredited-courses?competency=" + v, null},
                    new String[] {"accredited-courses?level=" + v, null}, new String[] {"accredited-courses?body=" + v, null},
                    new String[] {"accredited-courses?provider=" + v, null},
                    new String[] {"accredited-courses?delivery=" + v, null},
                    new String[] {"accredited-courses?from=" + v, null}, new String[] {"accredited-courses?limit=" + v, null},
                    new String[] {"accredited-courses/" + v, null}, new String[] {"courses/" + v, engineer})) {
                Api.Answer answer = api.get(call[0], call[1]);
                tried++;
                String type = String.valueOf(answer.header("Content-Type"));
                // An encoded backslash or NUL in a path is refused by the HTTP layer itself, with an empty 400.
                boolean emptyRefusal = answer.status() == 400 && answer.body().isEmpty() && answer.header("Content-Type") == null;
                if (answer.status() >= 500 || (answer.status() >= 400 && !emptyRefusal
                        && !type.startsWith("application/problem+json"))) {
                    failures.add(call[0].substring(0, Math.min(120, call[0].length())) + ": " + answer.status() + " " + type);
                }
            }
            Api.Answer listed = api.get("accredited-courses?q=" + v, null);
            if (listed.status() == 200 && !listed.json().getJsonArray("items").stream().allMatch(i -> i.asJsonObject()
                    .getString("title").toLowerCase().contains(value.toLowerCase()))) {
                failures.add("accredited-courses?q=" + value + " listed a course without it");
            }
            // Injection text in a filter matches nothing it should not: the engineer has no activities.
            Api.Answer filtered = api.get("me/cpd?title=" + v, engineer);
            if (filtered.status() == 200 && filtered.json().getInt("total") != 0) {
                failures.add("me/cpd?title=" + value + " matched " + filtered.json().getInt("total"));
            }
        }
        for (String path : List.of("/api/v1/me/cpd/..%2F..%2Faccounts", "/api/v1/me/..%2F..%2Fv1%2Faccounts",
                "/api/v1/%2e%2e%2fme", "/api/v1/me/cpd/%2e%2e/%2e%2e/accounts", "/api/v1/me/cpd/;x=1",
                "/api/v1/me;jsessionid=1", "/api/v1/me/cpd/..;/..;/accounts")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", engineer).GET());
            tried++;
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() >= 500 || (answer.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
                failures.add(path + ": " + answer.statusCode() + " " + type);
            }
        }
        // Java's own HTTP client asks to upgrade to HTTP/2 without TLS; a long request line once left such a
        // connection answering 431 to everything after it. The listener now offers no h2c upgrade at all.
        HttpClient upgrading = HttpClient.newHttpClient();
        for (String path : List.of("/api/v1/me/cpd?title=" + "x".repeat(5000), "/api/v1/me/cpd?title=" + "y".repeat(100),
                "/api/v1/me")) {
            HttpResponse<String> answer;
            try {
                answer = upgrading.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", engineer)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                failures.add("upgrade-asking client " + path.substring(0, Math.min(40, path.length())) + ": " + e);
                continue;
            }
            tried++;
            if (answer.statusCode() != 200) {
                failures.add("upgrade-asking client " + path.substring(0, Math.min(40, path.length())) + ": "
                        + answer.statusCode());
            }
        }
        System.out.println("Metacharacter queries and paths: " + tried + " requests tried, " + failures.size() + " failed");
        assertEquals(List.of(), failures);
    }
}
