package org.healthengineering.portal.application.cpd;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.credential.CredentialLinks;
import org.healthengineering.portal.application.credential.Issuing;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.credential.CredentialState;
import org.healthengineering.portal.domain.credential.IssuedCredential;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdObjective;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ObjectiveStanding;
import org.healthengineering.portal.domain.evidence.EvidenceType;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An engineer's CPD portfolio for a period, as an auditor asks for it: a PDF (cover, progress per body and
 * cycle, the plan's objectives with their evaluation, every activity with its reflection and evidence, the list
 * of evidence) or CSV (one row per activity).
 * An activity belongs to the period in which it ended. Only the engineer exports their own.
 */
@Stateless
public class Portfolio {

    /** The period, defaulting to the last two years up to today. */
    public record Period(LocalDate from, LocalDate to) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProfessionalBodies bodies;

    @Inject
    EvidenceLocker evidence;

    @Inject
    CpdPlan plan;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public Period period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(2).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "The period must start before it ends.");
        }
        return new Period(start, end);
    }

    public byte[] pdf(LocalDate from, LocalDate to) {
        caller.check(Permissions.CPD_LOG);
        Period period = period(from, to);
        Account me = em.find(Account.class, caller.accountId());
        List<CpdActivity> activities = activities(period);
        List<EvidenceLocker.Item> allFiles = evidence.myEvidence();
        Map<Long, List<EvidenceLocker.Item>> files = allFiles.stream().filter(i -> i.activityId() != null)
                .collect(Collectors.groupingBy(EvidenceLocker.Item::activityId));
        try (PdfWriter pdf = new PdfWriter("CPD portfolio of " + me.getDisplayName(), me.getDisplayName())) {
            pdf.newPage();
            pdf.title("CPD portfolio");
            pdf.paragraph(me.getDisplayName() + " <" + me.getEmail() + ">");
            pdf.paragraph("Activities that ended from " + DateText.day(period.from()) + " to "
                    + DateText.day(period.to()) + ". Produced on " + DateText.moment(clock.instant(), clock.getZone())
                    + " by the Healthcare Engineering Portal.");
            BigDecimal hours = activities.stream().map(a -> a.getHours().getValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int fileCount = activities.stream().filter(a -> files.containsKey(a.getId()))
                    .mapToInt(a -> files.get(a.getId()).size()).sum();
            pdf.paragraph(count(activities.size(), "activity", "activities") + ", "
                    + (hours.compareTo(BigDecimal.ONE) == 0 ? "1 hour" : plain(hours) + " hours") + ", "
                    + count(fileCount, "evidence file", "evidence files") + ".");

            pdf.heading("Progress with each professional body");
            List<ProfessionalBodies.BodyProgress> progress = bodies.myProgress();
            if (progress.isEmpty()) {
                pdf.paragraph("No professional body registrations are recorded.");
            }
            for (ProfessionalBodies.BodyProgress p : progress) {
                for (CycleProgress cycle : new CycleProgress[] {p.current(), p.previous()}) {
                    if (cycle != null && !cycle.end().isBefore(period.from()) && !cycle.start().isAfter(period.to())) {
                        pdf.subheading(p.body().getName() + ": cycle " + DateText.day(cycle.start()) + " to "
                                + DateText.day(cycle.end()) + (cycle.current() ? " (current)" : ""));
                        pdf.paragraph(summary(cycle));
                    }
                }
            }

            pdf.heading("Plan and evaluation");
            List<CpdObjective> objectives = plan.objectives().stream()
                    .filter(o -> !o.getTargetDate().isBefore(period.from()) || o.getOutcome() == null).toList();
            if (objectives.isEmpty()) {
                pdf.paragraph("No development objectives are planned.");
            }
            Map<Long, ObjectiveStanding> standings = plan.standings(objectives);
            for (CpdObjective o : objectives) {
                pdf.subheading(o.getTitle() + " (target " + DateText.day(o.getTargetDate()) + ")");
                if (o.getDescription() != null) {
                    pdf.paragraph(o.getDescription());
                }
                if (standings.containsKey(o.getId())) {
                    pdf.paragraph(standings.get(o.getId()).words());
                }
                List<CpdActivity> serving = plan.activitiesOf(o);
                pdf.paragraph("Activities: " + (serving.isEmpty() ? "none linked yet"
                        : serving.stream().map(CpdActivity::getTitle).collect(Collectors.joining("; "))));
                pdf.paragraph(o.getOutcome() == null ? "Evaluation: not yet evaluated."
                        : "Evaluation (" + DateText.day(o.getEvaluatedOn()) + "): " + o.getOutcome().getLabel() + ". "
                        + o.getEvaluation());
            }

            pdf.heading("Activities");
            if (activities.isEmpty()) {
                pdf.paragraph("No activities ended in this period.");
            }
            for (CpdActivity a : activities) {
                pdf.subheading(a.getTitle());
                pdf.paragraph(a.getType().getLabel() + " · " + DateText.day(a.getPeriod().getStart()) + " to "
                        + DateText.day(a.getPeriod().getEnd()) + " · " + a.getHours().getValue().stripTrailingZeros()
                        .toPlainString() + " h" + (a.getUrl() == null ? "" : " · " + a.getUrl()));
                if (a.isVerified()) {
                    pdf.paragraph("Verified: recorded by the course's provider, " + a.getVerifiedSource());
                }
                pdf.paragraph("What I learned: " + orMissing(a.getReflection().getLearned()));
                pdf.paragraph("How I applied it: " + orMissing(a.getReflection().getApplied()));
                pdf.paragraph("Benefit to patients and service users: " + orMissing(a.getReflection().getBenefit()));
                List<EvidenceLocker.Item> attached = files.getOrDefault(a.getId(), List.of());
                if (!attached.isEmpty()) {
                    pdf.paragraph("Evidence: " + attached.stream().map(EvidenceLocker.Item::fileName)
                            .collect(Collectors.joining(", ")));
                }
            }

            pdf.heading("Credentials");
            List<Object[]> credentials = em.createQuery("SELECT c, b.name FROM IssuedCredential c, CredentialIssuer i"
                    + " LEFT JOIN ProfessionalBody b ON b.id = i.bodyId WHERE c.holderId = :me AND c.inPortfolio = TRUE"
                    + " AND i.id = c.issuerId ORDER BY c.issuedAt, c.id", Object[].class)
                    .setParameter("me", caller.accountId()).getResultList();
            if (credentials.isEmpty()) {
                pdf.paragraph("No credentials are chosen for the portfolio (My credentials: \"Add to my portfolio\").");
            }
            for (Object[] row : credentials) {
                IssuedCredential c = (IssuedCredential) row[0];
                pdf.subheading(c.getAchievementName());
                pdf.paragraph("Open Badges credential issued by " + (row[1] == null ? Issuing.PORTAL_NAME : row[1])
                        + " on " + DateText.day(c.getIssuedAt().atZone(clock.getZone()).toLocalDate())
                        + (c.getValidUntil() == null ? "" : ", valid until "
                        + DateText.day(c.getValidUntil().atZone(clock.getZone()).toLocalDate()))
                        + (c.getState() == CredentialState.ACTIVE ? "" : ". Now " + (c.getState()
                        == CredentialState.REVOKED ? "revoked" : "suspended") + " by its issuer") + ".");
                pdf.paragraph("Verify it at " + CredentialLinks.verifyPage(c.getPublicId()));
            }

            pdf.heading("Evidence");
            List<String> lines = new ArrayList<>();
            for (CpdActivity a : activities) {
                for (EvidenceLocker.Item item : files.getOrDefault(a.getId(), List.of())) {
                    lines.add(item.fileName() + " (" + EvidenceType.labelOf(item.mediaType()) + ", "
                            + kilobytes(item.sizeBytes()) + ") for \"" + a.getTitle() + "\"");
                }
            }
            for (EvidenceLocker.Item item : allFiles) {
                if (item.assessmentId() != null) {
                    lines.add(item.fileName() + " (" + EvidenceType.labelOf(item.mediaType()) + ", "
                            + kilobytes(item.sizeBytes()) + ") for a self-assessment of "
                            + assessed(item.assessmentId()));
                }
            }
            if (lines.isEmpty()) {
                pdf.paragraph("No evidence files are attached to these activities or to self-assessments.");
            }
            lines.forEach(pdf::paragraph);
            byte[] bytes = pdf.toBytes();
            audit.fire(AuditEvent.created(AuditAction.PORTFOLIO_EXPORTED, "Portfolio", caller.accountId(),
                    "PDF " + period.from() + " to " + period.to()));
            return bytes;
        }
    }

    public String csv(LocalDate from, LocalDate to) {
        caller.check(Permissions.CPD_LOG);
        Period period = period(from, to);
        Map<Long, List<EvidenceLocker.Item>> files = evidence.myEvidence().stream().filter(i -> i.activityId() != null)
                .collect(Collectors.groupingBy(EvidenceLocker.Item::activityId));
        String csv = PortfolioCsv.write(activities(period), a -> files.getOrDefault(a.getId(), List.of()).stream()
                .map(EvidenceLocker.Item::fileName).toList());
        audit.fire(AuditEvent.created(AuditAction.PORTFOLIO_EXPORTED, "Portfolio", caller.accountId(),
                "CSV " + period.from() + " to " + period.to()));
        return csv;
    }

    /** "TECH.2 Maintain and calibrate equipment safely (level 3)" for one of the caller's assessments. */
    private String assessed(long assessmentId) {
        CompetencyAssessment a = em.find(CompetencyAssessment.class, assessmentId);
        Competency c = a == null ? null : em.find(Competency.class, a.getCompetencyId());
        return c == null ? "a competency" : c.displayName() + " (level " + a.getLevel() + ")";
    }

    private List<CpdActivity> activities(Period period) {
        return em.createQuery("SELECT a FROM CpdActivity a WHERE a.ownerId = :me AND a.period.end >= :from"
                        + " AND a.period.end <= :to ORDER BY a.period.end, a.id", CpdActivity.class)
                .setParameter("me", caller.accountId()).setParameter("from", period.from())
                .setParameter("to", period.to()).getResultList();
    }

    /** One cycle's progress in words, as the home page shows it (see {@link CycleProgress#summary()}). */
    public static String summary(CycleProgress c) {
        return c.summary();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String orMissing(String text) {
        return text == null || text.isBlank() ? "(not yet written)" : text;
    }

    private static String kilobytes(int bytes) {
        return String.format(Locale.UK, "%,.0f KB", Math.max(1, bytes / 1024.0));
    }
}
