package org.healthengineering.portal.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page of each role, in headless Chromium (axe-core checks every page opened): each person signs in and
 * the home answers their daily question with the figures their data gives. The data is built through the API, as
 * its owners would. Last, one person holding every role sees every section, and the page runs the same number of
 * SQL statements after every list on it has grown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomesIT {

    private static final String PASSWORD = "lantern quarry 4417";
    /** Seeded HEP-CORE 1.0 (framework 1): TECH.2, TECH.3 and LEAD.1. */
    private static final long TECH2 = 3;
    private static final long TECH3 = 4;
    private static final long LEAD1 = 8;
    private static final long HEP_CORE = 1;
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/London");

    @ArquillianResource
    URL deployment;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private String url(String path) {
        return deployment.toString().replaceAll("/$", "") + path;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private long id(String credentials) {
        return api.get("me", credentials).json().getJsonNumber("id").longValue();
    }

    private void signIn(Browser browser, String email) {
        browser.signIn(url("/login.xhtml"), email, PASSWORD);
        browser.open(url("/index.xhtml"));
    }

    private static void ok(int expected, Api.Answer answer) {
        assertEquals(expected, answer.status(), answer.body());
    }

    /** Runs a browser journey, keeping a screenshot and the page when it fails. */
    private static void inBrowser(String name, java.util.function.Consumer<Browser> journey) {
        try (Browser browser = Browser.start()) {
            try {
                journey.accept(browser);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("homes-" + name + "-failure");
                throw e;
            }
        }
    }

    private static WebElement cycleOf(Browser browser, String bodyName) {
        return browser.driver.findElement(By.xpath("//article[contains(@class,'home-cycle')][.//h3[normalize-space(.)='"
                + bodyName + "']]"));
    }

    private static String textIn(WebElement scope, String css) {
        return scope.findElement(By.cssSelector(css)).getText();
    }

    private void defineBody(String credentials, String code, String json) {
        ok(200, api.put("bodies/" + code, json, credentials));
    }

    private void logActivity(String credentials, String title, String type, LocalDate end, String hours) {
        ok(201, api.post("me/cpd", "{\"title\":\"" + title + "\",\"type\":\"" + type + "\",\"startDate\":\"" + end
                + "\",\"endDate\":\"" + end + "\",\"hours\":" + hours + ",\"learned\":\"What I learned\","
                + "\"applied\":\"How I applied it\",\"benefit\":\"Safer devices for patients\"}", credentials));
    }

    @Test
    void anEngineerSeesEachCycleAgainstItsBodyAndReadinessForTheRoleTheyChoose() {
        String body = api.registerWithRoles("home-body", PASSWORD, "BODY_ADMIN");
        String strictCode = unique("HS");
        String relaxedCode = unique("HR");
        String strict = "Strict body " + strictCode;
        String relaxed = "Relaxed body " + relaxedCode;
        defineBody(body, strictCode, "{\"name\":\"" + strict + "\",\"cpdPolicy\":\"Test\",\"cycleMonths\":12,"
                + "\"targetHours\":30,\"minActivityTypes\":2,\"reflectionRequired\":true,"
                + "\"requiredTypes\":[\"FORMAL_LEARNING\"]}");
        defineBody(body, relaxedCode, "{\"name\":\"" + relaxed + "\",\"cpdPolicy\":\"Test\",\"cycleMonths\":12,"
                + "\"minActivityTypes\":0,\"reflectionRequired\":false,\"requiredTypes\":[]}");

        Api.Registered engineer = api.registerWith("home-engineer", PASSWORD, "ENGINEER");
        String me = engineer.credentials();
        LocalDate today = LocalDate.now(PORTAL_ZONE);
        // Strict: registered 18 months ago, so the current cycle is half gone and the previous one is over.
        LocalDate registered = today.minusMonths(18);
        ok(200, api.put("me/registrations/" + strictCode, "{\"registeredOn\":\"" + registered + "\"}", me));
        ok(200, api.put("me/registrations/" + relaxedCode, "{\"registeredOn\":\"" + today.minusMonths(3) + "\"}", me));
        // The previous cycle: 20 + 12 hours of two types, reflected on: met.
        logActivity(me, "Formal course (previous cycle)", "FORMAL_LEARNING", registered.plusMonths(2), "20");
        logActivity(me, "Work-based project (previous cycle)", "WORK_BASED_LEARNING", registered.plusMonths(8), "12");
        // The current cycle: 5 of 30 hours half way through (behind), one type of the two wanted (at risk),
        // formal learning done and reflected on.
        logActivity(me, "Formal course (this cycle)", "FORMAL_LEARNING", today.minusDays(10), "5");

        // Readiness: a role of five requirements; the engineer holds none of the qualifications, has not assessed
        // TECH.2, is at 1 of 3 in LEAD.1, has TECH.3 only self-assessed where it must be verified, and 2 of 5 years.
        String role = unique("HOME-");
        String title = "Home test role " + role;
        ok(200, api.put("roles/" + role, "{\"title\":\"" + title + "\",\"summary\":\"Test\",\"minYears\":5,"
                + "\"responsibilityLevel\":1,\"qualificationRules\":[{\"kind\":\"ANY\",\"minCount\":1,"
                + "\"description\":\"Chartered (test " + role + ")\",\"qualifications\":[\"CENG\"],\"rules\":[]}],"
                + "\"competencies\":[{\"competencyId\":" + TECH2 + ",\"minLevel\":3},{\"competencyId\":" + LEAD1
                + ",\"minLevel\":3},{\"competencyId\":" + TECH3 + ",\"minLevel\":3,\"verificationRequired\":true}]}",
                body));
        ok(201, api.post("me/assessments", "{\"competencyId\":" + LEAD1 + ",\"level\":1}", me));
        ok(201, api.post("me/assessments", "{\"competencyId\":" + TECH3 + ",\"level\":3}", me));
        ok(200, api.put("me/profile", "{\"yearsExperience\":2}", me));
        // (0 + 0 + 1/3 + 0 + 2/5) ÷ 5 = 14.7 %.
        List<JsonObject> readiness = api.get("me/readiness", me).array().getValuesAs(JsonObject.class);
        assertEquals(15, readiness.stream().filter(r -> r.getString("roleCode").equals(role)).findFirst()
                .orElseThrow().getInt("percent"));
        // Until the engineer chooses, the home follows the role they are closest to (not yet reached).
        JsonObject closest = null;
        for (JsonObject r : readiness) {
            if (r.getInt("percent") < 100 && (closest == null || r.getInt("percent") > closest.getInt("percent"))) {
                closest = r;
            }
        }
        String closestLabel = closest.getString("roleTitle") + " (" + closest.getInt("percent") + "%)";

        inBrowser("engineer", browser -> {
            signIn(browser, engineer.email());
            assertEquals("17 h", browser.text(".home-hours-12-months .figure-value"), "5 + 12 hours in 12 months");

            WebElement strictCycle = cycleOf(browser, strict);
            assertEquals("Behind", textIn(strictCycle, ".home-cycle-status .rag"));
            String hours = textIn(strictCycle, ".home-measure-hours");
            assertTrue(hours.contains("5 of 30 h (16%)") && hours.contains("Behind"), hours);
            WebElement meter = strictCycle.findElement(By.cssSelector(".home-measure-hours meter"));
            assertEquals(5.0, Double.parseDouble(meter.getAttribute("value")), 1e-9);
            assertEquals(30.0, Double.parseDouble(meter.getAttribute("max")), 1e-9);
            assertTrue(textIn(strictCycle, ".home-measure-required_types").contains("On track"));
            String mix = textIn(strictCycle, ".home-measure-mix");
            assertTrue(mix.contains("1 of 2 different types") && mix.contains("At risk"), mix);
            assertTrue(textIn(strictCycle, ".home-measure-reflection").contains("On track"));
            assertTrue(textIn(strictCycle, ".home-time").contains("% of the cycle"));
            String previous = textIn(strictCycle, ".home-previous");
            assertTrue(previous.contains("Previous cycle") && previous.endsWith("Met"), previous);

            WebElement relaxedCycle = cycleOf(browser, relaxed);
            assertEquals("On track", textIn(relaxedCycle, ".home-cycle-status .rag"));
            assertTrue(relaxedCycle.findElements(By.cssSelector(".home-previous")).isEmpty(),
                    "registered three months ago: no previous cycle");

            // The role followed by default is the closest; the engineer chooses theirs, and it is remembered.
            assertEquals(closestLabel, browser.text(Browser.byId("target-form:targetRole_label")));
            assertTrue(browser.text("#home-readiness").contains("Until you choose, this is the role you are closest to."));
            browser.choose("target-form:targetRole", title + " (15%)");
            browser.click("target-form:watch");
            browser.waitForText(".ui-growl", "Your home page now follows this role.");
            // The part of the page the button updated, once the message has faded in and out again (axe would
            // otherwise judge the message's contrast half-way through its fade).
            waitForMessagesToGo(browser);
            browser.checkAccessibility();
            browser.open(url("/index.xhtml"));
            assertEquals(title + " (15%)", browser.text(Browser.byId("target-form:targetRole_label")));
            assertTrue(browser.text("#home-readiness").contains("The role you chose"));
            assertEquals("15%", browser.text("#home-readiness .readiness-card .figure-value"));
            assertEquals("15", browser.driver.findElement(By.cssSelector("#home-readiness .home-readiness-meter meter"))
                    .getAttribute("value"));

            // Each step adds a fifth; equal gains go to the quicker step: assess TECH.2, add the qualification,
            // find a mentor to verify TECH.3. Planning LEAD.1 (two thirds of a fifth) comes fourth, not shown.
            List<WebElement> steps = browser.driver.findElements(By.cssSelector("#home-readiness .home-steps li"));
            assertEquals(3, steps.size());
            assertStep(steps.get(0), "Assess a competency", "TECH.2 Maintain and calibrate equipment safely",
                    "/competence/assess.xhtml?framework=" + HEP_CORE);
            assertStep(steps.get(1), "Add a qualification", "Chartered (test " + role + ")",
                    "/competence/profile.xhtml#held-form");
            assertStep(steps.get(2), "Find a mentor to verify", "TECH.3 Manage device risk and incidents",
                    "/mentoring/index.xhtml#find-form");
            assertTrue(steps.get(0).getText().contains("up to 20 more points"), steps.get(0).getText());

            // The step's link opens the self-assessment on the competency's framework.
            steps.get(0).findElement(By.tagName("a")).click();
            browser.settle();
            assertTrue(browser.driver.getCurrentUrl().contains("/competence/assess.xhtml?framework=" + HEP_CORE));
        });
    }

    /** Waits until no growl message is on the page any more (each fades in, stays 8 seconds, and fades out). */
    private static void waitForMessagesToGo(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.querySelectorAll('.ui-growl-item-container')"
                        + ".length === 0 && (!window.jQuery || jQuery(':animated').length === 0);")));
    }

    private static void assertStep(WebElement step, String action, String requirement, String target) {
        WebElement link = step.findElement(By.tagName("a"));
        assertEquals(action, link.getText());
        assertTrue(link.getAttribute("href").contains(target), link.getAttribute("href"));
        assertTrue(step.getText().contains(requirement), step.getText());
    }

    @Test
    void aMentorSeesMenteesAndTheEvidenceWaitingForTheirVerification() {
        Api.Registered mentor = api.registerWith("home-mentor", PASSWORD, "ENGINEER", "MENTOR");
        Api.Registered active = api.registerWith("home-mentee", PASSWORD, "ENGINEER");
        Api.Registered asking = api.registerWith("home-asking", PASSWORD, "ENGINEER");
        long mentorId = id(mentor.credentials());
        long activeId = id(active.credentials());
        ok(200, api.put("mentors/me", "{\"region\":\"Home region\",\"capacity\":3,\"availability\":\"Mondays\","
                + "\"published\":true,\"competencies\":[{\"competencyId\":" + TECH2 + ",\"level\":4}]}",
                mentor.credentials()));
        Api.Answer requested = api.post("mentorings", "{\"mentorId\":" + mentorId + "}", active.credentials());
        ok(201, requested);
        long activeMentoring = requested.json().getJsonObject("relationship").getJsonNumber("id").longValue();
        ok(200, api.post("mentorings/" + activeMentoring + "/accept", "", mentor.credentials()));
        Api.Answer asked = api.post("mentorings", "{\"mentorId\":" + mentorId + "}", asking.credentials());
        ok(201, asked);
        long askingMentoring = asked.json().getJsonObject("relationship").getJsonNumber("id").longValue();

        // The active mentee assessed TECH.2 (waiting) and LEAD.1 (verified since: not waiting); the asking
        // engineer's own assessment waits for nobody yet.
        ok(201, api.post("me/assessments", "{\"competencyId\":" + LEAD1 + ",\"level\":2}", active.credentials()));
        ok(201, api.post("me/assessments", "{\"competencyId\":" + TECH2 + ",\"level\":3}", active.credentials()));
        ok(201, api.post("engineers/" + activeId + "/competencies/" + LEAD1 + "/verifications", "{\"level\":2}",
                mentor.credentials()));
        ok(201, api.post("me/assessments", "{\"competencyId\":" + TECH2 + ",\"level\":2}", asking.credentials()));

        inBrowser("mentor", browser -> {
            signIn(browser, mentor.email());
            assertEquals("1", browser.text(".home-mentees-active .figure-value").trim());
            assertEquals("1", browser.text(".home-mentees-requests .figure-value").trim());
            assertEquals("1", browser.text(".home-waiting .figure-value").trim());
            List<WebElement> mentees = browser.driver.findElements(By.cssSelector(".home-mentees li"));
            assertEquals(2, mentees.size());
            String activeRow = rowLinkingTo(mentees, "id=" + activeMentoring).getText();
            assertTrue(activeRow.contains("active since") && activeRow.contains("1 waiting for verification"), activeRow);
            String askingRow = rowLinkingTo(mentees, "id=" + askingMentoring).getText();
            assertTrue(askingRow.contains("waiting for your answer"), askingRow);
            List<WebElement> waiting = browser.driver.findElements(By.cssSelector(".home-waiting-list li"));
            assertEquals(1, waiting.size());
            WebElement item = waiting.get(0);
            assertTrue(item.getText().startsWith("TECH.2 Maintain and calibrate equipment safely"), item.getText());
            assertTrue(item.getText().contains("assessed themselves at level 3"), item.getText());
            item.findElement(By.tagName("a")).click();
            browser.settle();
            browser.waitForText(Browser.byId("standing-form:standing"), "TECH.2");
        });
    }

    private static WebElement rowLinkingTo(List<WebElement> rows, String hrefPart) {
        return rows.stream().filter(r -> r.findElement(By.tagName("a")).getAttribute("href").endsWith(hrefPart))
                .findFirst().orElseThrow(() -> new AssertionError("no row links to " + hrefPart));
    }

    /** A hospital with its staffing for a quarter: the CSV rows of its six staff groups. */
    private static String returnRows(String code, String quarter, String moreVacant, String agency, int leavers) {
        StringBuilder csv = new StringBuilder();
        for (String group : List.of("CLINICAL_ENGINEER", "CLINICAL_TECHNOLOGIST", "PATIENT_ENABLEMENT_ENGINEER",
                "PATIENT_ENABLEMENT_TECHNICIAN", "APPRENTICE_TRAINEE")) {
            csv.append(code).append(',').append(quarter).append(',').append(group).append(",10,9,1,0,0,3,5,2\n");
        }
        // Managers carry the differences: five vacant FTE elsewhere plus these, agency FTE and leavers.
        csv.append(code).append(',').append(quarter).append(",MANAGER,10,9,").append(moreVacant).append(',')
                .append(agency).append(',').append(leavers).append(",3,5,2\n");
        return csv.toString();
    }

    private static final String CSV_HEADER = "hospital_code,quarter,staff_group,establishment_fte,in_post_fte,"
            + "vacancy_fte,agency_fte,leavers,headcount_under_35,headcount_35_to_54,headcount_55_plus\n";

    private String hospital(String code, String name, String region) {
        ok(201, api.post("hospitals", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"SPECIALIST\","
                + "\"region\":\"" + region + "\",\"beds\":300,\"medicalDevices\":9000,\"consentsToBeNamed\":true}",
                Api.ADMIN));
        return code;
    }

    private long post(String hospital, String credentials, String json) {
        Api.Answer added = api.post("hospitals/" + hospital + "/posts", json, credentials);
        ok(201, added);
        return added.json().getJsonNumber("id").longValue();
    }

    @Test
    void hospitalMembersSeeParityAndTheMetricsFurthestFromTheirPeers() {
        String region = unique("Home region ");
        String own = hospital(unique("HH"), "Home General " + region + " (test)", region);
        List<String> peers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            peers.add(hospital(unique("HP"), "Home peer " + i + " " + region + " (test)", region));
        }
        Api.Registered admin = api.registerWith("home-hospital-admin", PASSWORD, "HOSPITAL_ADMIN");
        Api.Registered viewer = api.registerWith("home-board", PASSWORD, "BOARD_VIEWER");
        Api.Registered peersAdmin = api.registerWith("home-peers-admin", PASSWORD, "HOSPITAL_ADMIN");
        ok(200, api.put("hospitals/" + own + "/members", "{\"administrators\":[\"" + admin.email() + "\"],"
                + "\"boardViewers\":[\"" + viewer.email() + "\"]}", Api.ADMIN));
        for (String peer : peers) {
            ok(200, api.put("hospitals/" + peer + "/members", "{\"administrators\":[\"" + peersAdmin.email() + "\"],"
                    + "\"boardViewers\":[]}", Api.ADMIN));
        }
        // Parity 65 % (worked out in HospitalsIT): against the Head of Surgery, seat 1/2, budget 1/4, powers 1/2,
        // level and reporting line equal.
        long ceo = post(own, admin.credentials(), "{\"title\":\"Chief Executive\",\"kind\":\"CHIEF_EXECUTIVE\","
                + "\"boardSeat\":\"VOTING\"}");
        post(own, admin.credentials(), "{\"title\":\"Chief Healthcare Engineer\",\"kind\":\"CHIEF_HEALTHCARE_ENGINEER\","
                + "\"reportsToId\":" + ceo + ",\"boardSeat\":\"ATTENDING\",\"budgetAuthority\":1000000,"
                + "\"responsibilityLevel\":5,\"decisionPowers\":[\"PROCUREMENT_SIGN_OFF\"]}");
        post(own, admin.credentials(), "{\"title\":\"Head of Surgery\",\"kind\":\"HEAD_OF_SURGERY\",\"reportsToId\":"
                + ceo + ",\"boardSeat\":\"VOTING\",\"budgetAuthority\":4000000,\"responsibilityLevel\":5,"
                + "\"decisionPowers\":[\"PROCUREMENT_SIGN_OFF\",\"STAFFING_DECISIONS\"]}");
        ok(200, api.put("hospitals/" + own + "/peers", "{\"peers\":[\"" + String.join("\",\"", peers) + "\"]}",
                admin.credentials()));
        // Vacancies 9, 10, 11 and 12 % at the peers, 25 % here; agency 0.9 to 3.6 %, 15.6 % here; turnover
        // 1.7 to 6.7 %, 20 % here; everything else alike.
        String quarter = Quarter.of(LocalDate.now(PORTAL_ZONE)).minus(1).toString();
        StringBuilder peerRows = new StringBuilder(CSV_HEADER);
        for (int i = 1; i <= 4; i++) {
            peerRows.append(returnRows(peers.get(i - 1), quarter, String.format(Locale.ROOT, "%.2f", -0.2 + 0.6 * i),
                    String.format(Locale.ROOT, "%.2f", 0.5 * i), i));
        }
        ok(201, api.postRaw("staffing-returns", "text/csv", peerRows.toString(), peersAdmin.credentials()));
        ok(201, api.postRaw("staffing-returns", "text/csv", CSV_HEADER + returnRows(own, quarter, "10", "10", 12),
                admin.credentials()));

        for (Api.Registered member : List.of(viewer, admin)) {
            inBrowser("hospital", browser -> {
                signIn(browser, member.email());
                List<WebElement> hospitals = browser.driver.findElements(By.cssSelector(".home-hospital"));
                assertEquals(1, hospitals.size(), "their own hospital only");
                WebElement card = hospitals.get(0);
                assertTrue(textIn(card, "h3").startsWith("Home General"));
                assertEquals("65%", textIn(card, ".home-parity .figure-value"));
                assertTrue(card.getText().contains("(My peers (the hospital's saved list), 5 hospitals), in " + quarter),
                        card.getText());
                List<String> furthest = card.findElements(By.cssSelector(".home-deviations li")).stream()
                        .map(WebElement::getText).toList();
                assertEquals(List.of(
                        "Agency share: 15.6%, above the peers' median of 2.7%",
                        "Vacancy rate: 25.0%, above the peers' median of 11.0%",
                        "Turnover in the quarter: 20.0%, above the peers' median of 5.0%"), furthest);
                String benchmark = card.findElement(By.linkText("Benchmark against peers")).getAttribute("href");
                assertTrue(benchmark.contains("code=" + own) && benchmark.contains("peers=CUSTOM")
                        && benchmark.contains("quarter=" + quarter), benchmark);
                assertTrue(card.findElement(By.linkText("Staffing returns")).getAttribute("href")
                        .contains("/hospitals/staffing.xhtml?code=" + own));
                card.findElement(By.linkText("Leadership and parity")).click();
                browser.settle();
                assertEquals("65%", browser.text(".parity-overall .figure-value").trim());
            });
        }
        // The peers' administrator sees their four hospitals, never this one.
        inBrowser("peers", browser -> {
            signIn(browser, peersAdmin.email());
            String home = browser.text("#home-hospitals");
            assertEquals(4, browser.driver.findElements(By.cssSelector(".home-hospital")).size());
            assertTrue(home.contains("Home peer 1 " + region) && !home.contains("Home General"), home);
        });
    }

    @Test
    void bodyAdministratorsAndAssessorsSeeTheQueuesWaitingForThem() {
        Api.Registered bodyAdmin = api.registerWith("home-queues-body", PASSWORD, "BODY_ADMIN");
        Api.Registered assessor = api.registerWith("home-assessor", PASSWORD, "ASSESSOR");
        Api.Registered secondAssessor = api.registerWith("home-assessor-2", PASSWORD, "ASSESSOR");
        String engineer = api.registerWithRoles("home-queued", PASSWORD, "ENGINEER");
        long engineerId = id(engineer);
        // One of each: a draft framework, a qualification to verify, and verifiers three levels apart.
        ok(201, api.post("frameworks", "{\"code\":\"" + unique("HQ") + "\",\"title\":\"Home queue draft\","
                + "\"publisher\":\"Test\",\"versionLabel\":\"1\"}", bodyAdmin.credentials()));
        ok(201, api.post("me/qualifications", "{\"qualificationId\":3,\"awardedOn\":\"2020-01-01\"}", engineer));
        ok(201, api.post("engineers/" + engineerId + "/competencies/" + TECH2 + "/verifications", "{\"level\":1}",
                assessor.credentials()));
        ok(201, api.post("engineers/" + engineerId + "/competencies/" + TECH2 + "/verifications", "{\"level\":4}",
                secondAssessor.credentials()));
        // What the queues' own pages list, through the API.
        int disputes = api.get("verification-disputes", assessor.credentials()).array().size();
        int toVerify = api.get("qualifications/awaiting-verification", bodyAdmin.credentials()).array().size();
        long drafts = ((JsonArray) api.get("frameworks", bodyAdmin.credentials()).structure())
                .getValuesAs(JsonObject.class).stream().filter(f -> "DRAFT".equals(f.getString("status"))).count();
        assertTrue(disputes >= 1 && toVerify >= 1 && drafts >= 1);

        inBrowser("body", browser -> {
            signIn(browser, bodyAdmin.email());
            assertEquals(String.valueOf(drafts), queueCount(browser, "#home-body", "draft_frameworks"));
            assertEquals(String.valueOf(toVerify), queueCount(browser, "#home-body", "qualifications_to_verify"));
            assertEquals(String.valueOf(disputes), queueCount(browser, "#home-body", "verification_disputes"));
            assertEquals(String.valueOf(api.get("courses/queue", bodyAdmin.credentials()).array().size()),
                    queueCount(browser, "#home-body", "accreditation_queue"));
            WebElement disputesQueue = browser.find("#home-body .home-queue-verification_disputes");
            assertTrue(disputesQueue.findElements(By.tagName("a")).isEmpty(), "body administrators do not settle them");
            assertTrue(disputesQueue.getText().contains("Assessors settle these."));
            assertTrue(browser.find("#home-body .home-queue-draft_frameworks a").getAttribute("href")
                    .endsWith("/frameworks/index.xhtml"));
            assertTrue(browser.driver.findElements(By.cssSelector("#home-assessor")).isEmpty());
        });
        inBrowser("assessor", browser -> {
            signIn(browser, assessor.email());
            assertEquals(String.valueOf(toVerify), queueCount(browser, "#home-assessor", "qualifications_to_verify"));
            assertEquals(String.valueOf(disputes), queueCount(browser, "#home-assessor", "verification_disputes"));
            browser.find("#home-assessor .home-queue-verification_disputes a").click();
            browser.settle();
            assertTrue(browser.driver.getCurrentUrl().contains("/mentoring/disputes.xhtml"));
            assertTrue(browser.driver.findElements(By.cssSelector("#home-body")).isEmpty());
        });
    }

    private static String queueCount(Browser browser, String section, String queue) {
        return browser.text(section + " .home-queue-" + queue + " .figure-value").trim();
    }

    @Test
    void aSystemAdministratorSeesAccountsPausedSignInsAndTheLatestAuditEntries() {
        String paused = Api.uniqueEmail("home-paused");
        api.registerEngineer(paused, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get("me", Api.basic(paused, "not the password 0" + i)).status());
        }
        inBrowser("system", browser -> {
            browser.signIn(url("/login.xhtml"), "it-admin@example.test", "orchid-lighthouse-7392");
            browser.open(url("/index.xhtml"));
            long accounts = Long.parseLong(browser.text(".home-accounts .figure-value").trim());
            long assessors = roleCount(browser, "assessor");
            assertTrue(browser.text(".home-paused-list").contains(paused), browser.text(".home-paused-list"));
            assertTrue(Long.parseLong(browser.text(".home-paused .figure-value").trim()) >= 1);

            // One more assessor: one more account, one more assessor; the newest audit entry is the role given.
            api.registerWith("home-new-assessor", PASSWORD, "ASSESSOR");
            browser.open(url("/index.xhtml"));
            assertEquals(accounts + 1, Long.parseLong(browser.text(".home-accounts .figure-value").trim()));
            assertEquals(assessors + 1, roleCount(browser, "assessor"));
            List<WebElement> entries = browser.driver.findElements(By.cssSelector(".home-audit li"));
            assertEquals(5, entries.size());
            assertTrue(entries.get(0).getText().contains("it-admin@example.test: Roles changed"),
                    entries.get(0).getText());
            browser.driver.findElement(By.id("home-open-audit")).click();
            browser.settle();
            assertTrue(browser.driver.getCurrentUrl().contains("/admin/audit.xhtml"));
        });
    }

    private static long roleCount(Browser browser, String role) {
        return Long.parseLong(browser.text(".home-role-" + role + " strong").trim());
    }

    // ---- one person, every role: every section, a fixed number of statements -------------------------------

    @Test
    void someoneWithEveryRoleSeesEverySectionAndThePageRunsAFixedNumberOfStatements() throws Exception {
        Api.Registered all = api.registerWith("home-all", PASSWORD, "ENGINEER", "MENTOR", "HOSPITAL_ADMIN",
                "BOARD_VIEWER", "ASSESSOR", "BODY_ADMIN", "SYSTEM_ADMIN");
        try {
            everySection(all);
        } finally {
            // The suite shares one database: leave the start-up administrator the only system administrator,
            // as ServicesIT's "the last system administrator is kept" expects.
            ok(200, api.put("accounts/" + id(all.credentials()) + "/roles", "{\"roles\":[\"ENGINEER\",\"MENTOR\","
                    + "\"HOSPITAL_ADMIN\",\"BOARD_VIEWER\",\"ASSESSOR\",\"BODY_ADMIN\"]}", Api.ADMIN));
        }
    }

    private void everySection(Api.Registered all) throws Exception {
        String me = all.credentials();
        long myId = id(me);
        LocalDate today = LocalDate.now(PORTAL_ZONE);
        ok(200, api.put("mentors/me", "{\"region\":\"Everywhere\",\"capacity\":10,\"availability\":\"Any\","
                + "\"published\":true,\"competencies\":[{\"competencyId\":" + TECH2 + ",\"level\":4}]}", me));
        String region = unique("All region ");
        String firstHospital = hospital(unique("HA"), "Home all first " + region + " (test)", region);
        ok(200, api.put("hospitals/" + firstHospital + "/members", "{\"administrators\":[\"" + all.email() + "\"],"
                + "\"boardViewers\":[]}", Api.ADMIN));

        // A little of everything: one registration, one activity, one mentee with something to verify, one
        // hospital, one of each queue, one paused email.
        ok(200, api.put("me/registrations/ENGC", "{\"registeredOn\":\"" + today.minusMonths(20) + "\"}", me));
        logActivity(me, "First activity", "FORMAL_LEARNING", today.minusDays(3), "2");
        menteeWaitingFor(myId, me);
        ok(201, api.post("frameworks", "{\"code\":\"" + unique("HA") + "\",\"title\":\"All draft\","
                + "\"publisher\":\"Test\",\"versionLabel\":\"1\"}", me));
        pauseAnEmail();

        String[] sections = {"home-cpd", "home-readiness", "home-mentor", "home-hospitals", "home-body",
                "home-assessor", "home-system"};
        String[] session = new String[1];
        inBrowser("all", browser -> {
            signIn(browser, all.email());
            for (String section : sections) {
                assertFalse(browser.driver.findElements(By.id(section)).isEmpty(), section);
            }
            assertTrue(browser.driver.findElements(By.xpath("//main//p[contains(.,'Use the menu')]")).isEmpty());
            session[0] = browser.driver.manage().getCookieNamed("PORTAL_SESSION").getValue();
        });
        long before = statementsFor(session[0], sections);

        // More of everything: two more registrations, five more activities, two more mentees (one asking), a
        // second hospital that keeps its own peers, another role, another draft, another paused email.
        ok(200, api.put("me/registrations/IPEM", "{\"registeredOn\":\"" + today.minusMonths(30) + "\"}", me));
        ok(200, api.put("me/registrations/HCPC", "{\"registeredOn\":\"" + today.minusMonths(5) + "\"}", me));
        for (int i = 1; i <= 5; i++) {
            logActivity(me, "More activity " + i, i % 2 == 0 ? "WORK_BASED_LEARNING" : "SELF_DIRECTED_LEARNING",
                    today.minusDays(10 + i), "1.5");
        }
        menteeWaitingFor(myId, me);
        Api.Registered asking = api.registerWith("home-all-asking", PASSWORD, "ENGINEER");
        ok(201, api.post("mentorings", "{\"mentorId\":" + myId + "}", asking.credentials()));
        String secondHospital = hospital(unique("HB"), "Home all second " + region + " (test)", region);
        ok(200, api.put("hospitals/" + secondHospital + "/members", "{\"administrators\":[\"" + all.email() + "\"],"
                + "\"boardViewers\":[]}", Api.ADMIN));
        ok(200, api.put("hospitals/" + secondHospital + "/peers", "{\"peers\":[\"" + firstHospital + "\"]}", me));
        ok(200, api.put("roles/" + unique("HOME-ALL-"), "{\"title\":\"Another role\",\"summary\":\"Test\","
                + "\"minYears\":1,\"responsibilityLevel\":2,\"qualificationRules\":[],\"competencies\":[{\"competencyId\":"
                + LEAD1 + ",\"minLevel\":2}]}", me));
        ok(201, api.post("frameworks", "{\"code\":\"" + unique("HA") + "\",\"title\":\"All draft 2\","
                + "\"publisher\":\"Test\",\"versionLabel\":\"1\"}", me));
        pauseAnEmail();

        long after = statementsFor(session[0], sections);
        assertTrue(before > 10, "the counters count this page's statements (" + before + ")");
        assertEquals(before, after, "the same statements however long the lists");
        assertTrue(after < 60, "a home page of every section runs " + after + " statements");
    }

    /** A new engineer asks {@code mentor} for mentoring, is accepted and assesses a competency: one item waiting. */
    private void menteeWaitingFor(long mentorId, String mentor) {
        String mentee = api.registerWithRoles("home-all-mentee", PASSWORD, "ENGINEER");
        Api.Answer requested = api.post("mentorings", "{\"mentorId\":" + mentorId + "}", mentee);
        ok(201, requested);
        long mentoring = requested.json().getJsonObject("relationship").getJsonNumber("id").longValue();
        ok(200, api.post("mentorings/" + mentoring + "/accept", "", mentor));
        ok(201, api.post("me/assessments", "{\"competencyId\":" + TECH2 + ",\"level\":3}", mentee));
    }

    private void pauseAnEmail() {
        String email = Api.uniqueEmail("home-all-paused");
        for (int i = 0; i < 5; i++) {
            api.get("me", Api.basic(email, "wrong password 00" + i));
        }
    }

    /**
     * The SQL statements the database ran for one request of the home page with the session given (until two requests
     * in a row agree, see {@link Statements#during}), read from the server's statement counters on one connection.
     */
    private long statementsFor(String session, String... sections) throws Exception {
        // Let whatever the last changes set off (mail after commit) finish first.
        Thread.sleep(2000);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create(url("/index.xhtml")))
                .header("Cookie", "PORTAL_SESSION=" + session).GET().build();
        try (Connection db = Statements.connect()) {
            return Statements.during(db, () -> {
                try {
                    HttpResponse<String> page = client.send(home, HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, page.statusCode());
                    for (String section : sections) {
                        assertTrue(page.body().contains("id=\"" + section + "\""), section);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
