package org.healthengineering.portal.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CPD reminders through the API against a real SMTP server (GreenMail), on a day the test chooses: the portal is
 * deployed with its clock moved ({@link ChosenDay}), engineers registered with bodies of the test's own, their CPD
 * recorded, and the reminders run as a system administrator would. Each reminder reaches the notification list and
 * the mailbox once; a second run sends nothing; an engineer who turned reminder mail off gets the notification only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersIT {

    private static final String PASSWORD = "harbour thistle 5519";
    private static final String TODAY = "2031-06-16";

    private static final String CYCLE_SUBJECT = "Your CPD cycle ends soon and its requirements are not met";
    private static final String GAP_SUBJECT = "Three months without CPD";
    private static final String OBJECTIVE_SUBJECT = "A CPD objective is due for evaluation";
    private static final String REFLECTION_SUBJECT = "A CPD activity needs its reflection";

    @ArquillianResource
    URL deployment;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(ChosenDay.class, ChosenDayResource.class);
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    private void today(String day) {
        assertEquals(204, api.putRaw("test/today", "text/plain", day, null).status());
    }

    private static String activity(String title, String type, String end, String hours, boolean reflected) {
        return "{\"title\":\"" + title + "\",\"type\":\"" + type + "\",\"startDate\":\"" + end + "\",\"endDate\":\""
                + end + "\",\"hours\":" + hours + (reflected ? ",\"learned\":\"Pump occlusion alarms\",\"applied\":"
                + "\"Rewrote the ward check\",\"benefit\":\"Fewer missed doses\"" : "") + "}";
    }

    private JsonObject run(String credentials) {
        Api.Answer answer = api.post("operations/reminders", "", credentials);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static Map<String, Integer> sent(JsonObject run) {
        return run.getJsonArray("reminders").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("kind"), r -> r.getInt("sent")));
    }

    private Map<String, JsonObject> notifications(String credentials) {
        return api.get("me/notifications", credentials).array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(n -> n.getString("kind"), n -> n, (a, b) -> {
                    throw new AssertionError("two notifications of one kind: " + a + " and " + b);
                }));
    }

    private static MimeMessage mail(List<MimeMessage> mails, String subject) {
        return mails.stream().filter(m -> subject.equals(Mailbox.subject(m))).findFirst()
                .orElseThrow(() -> new AssertionError("no mail \"" + subject + "\""));
    }

    @Test
    void dueRemindersReachTheListAndTheMailboxOnceAndNeverByMailOnceTurnedOff() {
        today(TODAY);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String hoursBody = "R" + suffix;
        String reflectionBody = "Q" + suffix;
        String bodyAdmin = api.registerWithRoles("reminder-body", PASSWORD, "BODY_ADMIN");
        assertEquals(200, api.put("bodies/" + hoursBody, "{\"name\":\"Reminder Test Institute " + suffix + "\","
                + "\"cpdPolicy\":\"Illustrative\",\"cycleMonths\":12,\"targetHours\":50,\"minActivityTypes\":2,"
                + "\"reflectionRequired\":false,\"requiredTypes\":[\"FORMAL_LEARNING\",\"WORK_BASED_LEARNING\"]}",
                bodyAdmin).status());
        assertEquals(200, api.put("bodies/" + reflectionBody, "{\"name\":\"Reflective Test Council " + suffix
                + "\",\"cpdPolicy\":\"Illustrative\",\"cycleMonths\":12,\"minActivityTypes\":0,"
                + "\"reflectionRequired\":true,\"requiredTypes\":[]}", bodyAdmin).status());

        // Ann: a cycle ending on 31 July 2031 with 10.5 of 50 hours; her last activity ended on 20 March, so three
        // months without CPD open on 21 June; an objective due on 20 June; an activity without the reflection the
        // second body requires.
        Api.Registered ann = api.registerWith("reminder-ann", PASSWORD, "ENGINEER");
        assertEquals(200, api.put("me/registrations/" + hoursBody, "{\"registeredOn\":\"2029-08-01\"}",
                ann.credentials()).status());
        assertEquals(200, api.put("me/registrations/" + reflectionBody, "{\"registeredOn\":\"2030-08-01\"}",
                ann.credentials()).status());
        assertEquals(201, api.post("me/cpd", activity("Infusion pump course (reminders)", "FORMAL_LEARNING",
                "2031-03-20", "7.5", true), ann.credentials()).status());
        assertEquals(201, api.post("me/cpd", activity("Ward round shadowing (reminders)", "WORK_BASED_LEARNING",
                "2031-02-01", "3", false), ann.credentials()).status());
        Api.Answer objective = api.post("me/plan/objectives", "{\"title\":\"Lead a maintenance review (reminders)\","
                + "\"targetDate\":\"2031-06-20\"}", ann.credentials());
        assertEquals(201, objective.status(), objective.body());
        long objectiveId = objective.json().getJsonNumber("id").longValue();

        // Bo turns reminder mail off; his objective was due on 10 June.
        Api.Registered bo = api.registerWith("reminder-bo", PASSWORD, "ENGINEER");
        assertTrue(api.get("me/preferences", bo.credentials()).json().getBoolean("reminderMail"), "on by default");
        assertTrue(api.get("me", bo.credentials()).json().getBoolean("reminderMail"));
        Api.Answer noAnswer = api.put("me/preferences", "{\"reminderMail\":null}", bo.credentials());
        assertEquals(400, noAnswer.status());
        assertTrue(noAnswer.body().contains("reminderMail"), noAnswer.body());
        assertEquals(400, api.put("me/preferences", "{\"reminderMail\":\"no\"}", bo.credentials()).status());
        assertFalse(api.put("me/preferences", "{\"reminderMail\":false}", bo.credentials()).json()
                .getBoolean("reminderMail"));
        assertFalse(api.get("me", bo.credentials()).json().getBoolean("reminderMail"));
        assertEquals(201, api.post("me/plan/objectives", "{\"title\":\"Write up the alarm audit (reminders)\","
                + "\"targetDate\":\"2031-06-10\"}", bo.credentials()).status());

        // Only system administrators run the reminders; the answer counts what went out by kind.
        assertEquals(403, api.post("operations/reminders", "", ann.credentials()).status());
        assertEquals(401, api.post("operations/reminders", "", null).status());
        JsonObject first = run(Api.ADMIN);
        assertEquals(TODAY, first.getString("date"));
        Map<String, Integer> firstSent = sent(first);
        assertEquals(4, firstSent.size(), first.toString());
        assertTrue(firstSent.get("CPD_CYCLE_ENDING") >= 1 && firstSent.get("CPD_GAP_OPENING") >= 1
                && firstSent.get("CPD_OBJECTIVE_DUE") >= 2 && firstSent.get("CPD_REFLECTION_MISSING") >= 1,
                first.toString());
        assertEquals(firstSent.values().stream().mapToInt(Integer::intValue).sum(), first.getInt("total"));

        // Ann's list names what each reminder is about and links to the page that fixes it.
        Map<String, JsonObject> listed = notifications(ann.credentials());
        assertEquals(4, listed.size(), listed.toString());
        assertEquals("Your CPD cycle with Reminder Test Institute " + suffix + " ends on 31 July 2031 (in 45 days)"
                + " and its requirements are not met yet: 10.5 of 50 hours done. Record the CPD you have done on the"
                + " CPD page.", listed.get("CPD_CYCLE_ENDING").getString("text"));
        assertEquals("/cpd/index.xhtml", listed.get("CPD_CYCLE_ENDING").getString("link"));
        assertEquals("Your last CPD activity ended on 20 March 2031 (88 days ago). From 21 June 2031 your record will"
                + " show three months without CPD. Record what you have done since on the CPD page.",
                listed.get("CPD_GAP_OPENING").getString("text"));
        assertEquals("Your objective \u201cLead a maintenance review (reminders)\u201d is due on 20 June 2031 (in 4"
                + " days). Once it is due, evaluate in your plan whether it achieved what you wanted.",
                listed.get("CPD_OBJECTIVE_DUE").getString("text"));
        assertEquals("/cpd/index.xhtml#plan-form", listed.get("CPD_OBJECTIVE_DUE").getString("link"));
        assertTrue(listed.get("CPD_REFLECTION_MISSING").getString("text").startsWith("Your activity \u201cWard round"
                + " shadowing (reminders)\u201d (ended 1 February 2031) has no complete reflection, and Reflective"
                + " Test Council " + suffix + " requires one"), listed.get("CPD_REFLECTION_MISSING").toString());
        assertFalse(listed.get("CPD_CYCLE_ENDING").getBoolean("read"));

        // ... and her mailbox the same, after the confirmation mail; the mails say how to stop them.
        List<MimeMessage> annMail = Mailbox.to(ann.email(), 5);
        assertEquals(5, annMail.size());
        String objectiveMail = Mailbox.body(mail(annMail, OBJECTIVE_SUBJECT));
        assertTrue(objectiveMail.contains("Lead a maintenance review (reminders)")
                && objectiveMail.contains("/cpd/index.xhtml#plan-form")
                && objectiveMail.contains("turn reminder emails off on My account")
                && objectiveMail.contains("/account.xhtml"), objectiveMail);
        assertTrue(Mailbox.body(mail(annMail, CYCLE_SUBJECT)).contains("10.5 of 50 hours done"));
        assertTrue(Mailbox.body(mail(annMail, GAP_SUBJECT)).contains("From 21 June 2031"));
        assertTrue(Mailbox.body(mail(annMail, REFLECTION_SUBJECT)).contains("Ward round shadowing (reminders)"));

        // Bo sees his reminder in the list, but no mail came (only the confirmation).
        Map<String, JsonObject> bosList = notifications(bo.credentials());
        assertEquals(List.of("CPD_OBJECTIVE_DUE"), List.copyOf(bosList.keySet()));
        assertTrue(bosList.get("CPD_OBJECTIVE_DUE").getString("text").contains("was due on 10 June 2031 and is not"
                + " evaluated yet"), bosList.toString());

        // The same day again: nothing is sent twice, to the list or by mail.
        JsonObject second = run(Api.ADMIN);
        assertEquals(0, second.getInt("total"), second.toString());
        assertTrue(sent(second).values().stream().allMatch(n -> n == 0), second.toString());
        assertEquals(4, notifications(ann.credentials()).size());
        assertEquals(5, Mailbox.to(ann.email(), 6).size(), "no second copy of any reminder");
        assertEquals(1, Mailbox.to(bo.email(), 2).size(), "Bo turned reminder mail off");

        // A new target date is a new occasion: the objective is reminded again, once.
        assertEquals(200, api.put("me/plan/objectives/" + objectiveId, "{\"title\":\"Lead a maintenance review"
                + " (reminders)\",\"targetDate\":\"2031-06-18\"}", ann.credentials()).status());
        assertEquals(1, sent(run(Api.ADMIN)).get("CPD_OBJECTIVE_DUE"));
        assertEquals(5, api.get("me/notifications", ann.credentials()).array().size());
        assertEquals(2, Mailbox.to(ann.email(), 6).stream().filter(m -> OBJECTIVE_SUBJECT.equals(Mailbox.subject(m)))
                .count());
    }

    @Test
    void nothingIsDueBeforeItsTimeAndTheRunFollowsTheChosenDay() {
        today("2032-03-01");
        Api.Registered cai = api.registerWith("reminder-cai", PASSWORD, "ENGINEER");
        assertEquals(201, api.post("me/cpd", activity("Ventilator workshop (reminders)", "FORMAL_LEARNING",
                "2032-01-10", "6", true), cai.credentials()).status());
        assertEquals(201, api.post("me/plan/objectives", "{\"title\":\"Calibrate the new bench (reminders)\","
                + "\"targetDate\":\"2032-03-09\"}", cai.credentials()).status());
        // 1 March: the objective is 8 days away and the gap opens on 11 April; nothing for Cai.
        assertEquals("2032-03-01", run(Api.ADMIN).getString("date"));
        assertTrue(api.get("me/notifications", cai.credentials()).array().isEmpty());
        // 2 March: the objective is a week away.
        today("2032-03-02");
        assertEquals("2032-03-02", run(Api.ADMIN).getString("date"));
        assertEquals(List.of("CPD_OBJECTIVE_DUE"), List.copyOf(notifications(cai.credentials()).keySet()));
        // 28 March: two weeks before the gap opens.
        today("2032-03-28");
        run(Api.ADMIN);
        assertEquals(2, notifications(cai.credentials()).size());
        assertTrue(notifications(cai.credentials()).get("CPD_GAP_OPENING").getString("text")
                .contains("From 11 April 2032 your record will show three months without CPD"));
    }
}
