package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.accreditation.CourseLifecycle;
import org.healthengineering.portal.application.cpdaudit.AuditDeadlines;
import org.healthengineering.portal.application.notification.MailQueue;
import org.healthengineering.portal.application.reminder.Reminders;
import org.healthengineering.portal.application.startup.OperationsStatus;

import java.sql.SQLException;
import java.util.List;

/**
 * The running portal's details for operators (system administrators), and its routine jobs run on demand;
 * {@code /health} only says up or down.
 */
@Path("operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    /** How many reminders of one kind a run sent; {@code subject} is the kind in words (its mails' subject). */
    public record ReminderCount(String kind, String subject, int sent) {
    }

    /** What a run of the reminders sent, as of {@code date} (the portal's today). */
    public record ReminderRunJson(String date, int total, List<ReminderCount> reminders) {

        static ReminderRunJson of(Reminders.Run run) {
            return new ReminderRunJson(run.date().toString(), run.total(), run.sent().entrySet().stream()
                    .map(e -> new ReminderCount(e.getKey().name(), e.getKey().getSubject(), e.getValue())).toList());
        }
    }

    @Inject
    OperationsStatus operations;

    @Inject
    Reminders reminders;

    @Inject
    MailQueue mailQueue;

    @Inject
    CourseLifecycle courseLifecycle;

    @Inject
    AuditDeadlines auditDeadlines;

    /** What a run of the CPD audit deadlines did, as of {@code date} (the portal's today). */
    public record AuditDeadlineRunJson(String date, int reminded, int nonEngaged) {
    }

    @GET
    @Path("status")
    @Operation(summary = "Database product and version, schema version, Java version (system administrators)")
    public OperationsStatus.Status status() throws SQLException {
        return operations.status();
    }

    @GET
    @Path("mail")
    @Operation(summary = "The mail outbox: how many mails wait, since when, how many were given up, recent failures"
            + " (system administrators)")
    public MailQueue.Status mail() {
        return mailQueue.status();
    }

    @POST
    @Path("mail")
    @Operation(summary = "Send the waiting mail now (system administrators)",
            description = "Once the SMTP server is mended: every waiting mail stops waiting out its back-off and the"
                    + " outbox is delivered at once. Answers how many mails were made due and how many were sent.")
    public MailQueue.Run sendMail() {
        return mailQueue.sendNow();
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Send today's CPD reminders now, as the daily job does (system administrators)",
            description = "Each reminder goes once per engineer and subject, so running again sends only what has"
                    + " become due since. Answers how many of each kind went out.")
    public ReminderRunJson reminders() {
        return ReminderRunJson.of(reminders.runNow());
    }

    @POST
    @Path("course-calendar")
    @Operation(summary = "Run today's accreditation calendar now, as the daily job does (system administrators)",
            description = "Approvals past their validity expire; providers are reminded 90 and 30 days before expiry"
                    + " and when an annual return is overdue, each reminder once.")
    public CourseLifecycle.Run courseCalendar() {
        return courseLifecycle.runNow();
    }

    @POST
    @Path("audit-deadlines")
    @Operation(summary = "Run the CPD audit deadlines now, as the hourly job does (system administrators)",
            description = "Reminds registrants 30, 7 and 1 days before their deadline (each reminder once) and makes"
                    + " the cases past their deadline without a profile non-engaged. Works from the database and"
                    + " today's date, so it catches up on whatever fell due while no portal ran.")
    public AuditDeadlineRunJson auditDeadlines() {
        AuditDeadlines.Run run = auditDeadlines.runNow();
        return new AuditDeadlineRunJson(run.date().toString(), run.reminded(), run.nonEngaged());
    }
}
