package org.healthengineering.portal.application.cpdaudit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.cpdaudit.AssessorPart;
import org.healthengineering.portal.domain.cpdaudit.AssessorRules;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.CaseAssessment;
import org.healthengineering.portal.domain.cpdaudit.CaseOutcome;
import org.healthengineering.portal.domain.cpdaudit.CaseState;
import org.healthengineering.portal.domain.cpdaudit.Moderation;
import org.healthengineering.portal.domain.cpdaudit.SampleSelection;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.CsvWriter;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a body administrator does with the cases of a campaign: reads them, decides deferrals, names the assessors
 * and a moderator, records outcomes and decides appeals; and the campaign's dashboard and CSV export. Each step is
 * the case's own rule; this service loads, checks, records and notifies whom it concerns.
 */
@Stateless
public class AuditCaseDecisions {

    static final String SUBJECT = "AuditCase";

    /** Where an assessor finds a case to assess. */
    static String assessLink(long caseId) {
        return "/cpd-audit/assess.xhtml?id=" + caseId;
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    AuditLookups lookups;

    @Inject
    CaseViews views;

    @Inject
    Notifier notifier;

    /** A case past its deadline without a profile. */
    public record Overdue(long caseId, String registrant, CaseState state, LocalDate deadline) implements Serializable {
    }

    /** An assessor's load in a campaign: assessments of current rounds, how many graded, how many still to do. */
    public record Workload(long assessorId, String name, int assigned, int graded, int outstanding) implements Serializable {
    }

    /** A campaign at a glance. */
    public record Dashboard(AuditCampaigns.CampaignView view, int cases, Map<CaseState, Integer> byState,
                            Map<CaseOutcome, Integer> byOutcome, List<Overdue> overdue, List<Workload> workload) implements Serializable {
    }

    public List<CaseView> casesOf(long campaignId) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        lookups.campaign(campaignId);
        return lookups.cases(campaignId).stream().map(c -> views.of(c, CaseView.Audience.BODY)).toList();
    }

    public CaseView get(long id) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        return views.of(lookups.auditCase(id), CaseView.Audience.BODY);
    }

    public CaseView decideDeferral(long id, Boolean granted, String note) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCase auditCase = lookups.auditCase(id);
        if (granted == null) {
            throw InvalidInputException.of("granted", "Say whether the deferral is granted (true) or refused (false).");
        }
        String before = auditCase.getState().name();
        auditCase.decideDeferral(granted, note, clock.instant());
        audit.fire(new AuditEvent(AuditAction.AUDIT_DEFERRAL_DECIDED, SUBJECT, id, before, auditCase.getState().name()));
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_DEFERRAL_DECIDED, granted
                ? "Your request to defer the CPD audit \u201c" + campaign.getTitle() + "\u201d is granted."
                : "Your request to defer the CPD audit \u201c" + campaign.getTitle() + "\u201d is refused: "
                + auditCase.getDeferralNote() + " Your profile is due by " + DateText.day(auditCase.getDeadline())
                + ".", AuditCampaigns.caseLink(id));
        return views.of(auditCase, CaseView.Audience.BODY);
    }

    /**
     * Names the two assessors by email: each holds the role Assessor, neither is the registrant, and at least one
     * holds the registrant's registration title with the body whenever any assessor does.
     */
    public CaseView assignAssessors(long id, String firstEmail, String secondEmail) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCase auditCase = lookups.auditCase(id);
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        List<FieldProblem> problems = new ArrayList<>();
        Optional<AssessorRules.Candidate> first = candidate("first", firstEmail, campaign, problems);
        Optional<AssessorRules.Candidate> second = candidate("second", secondEmail, campaign, problems);
        InvalidInputException.throwIfAny(problems);
        String title = lookups.registration(auditCase.getRegistrantId(), campaign.getBodyId())
                .map(BodyRegistration::getRegistrationTitle).orElse(null);
        InvalidInputException.throwIfAny(AssessorRules.pairProblems(first.orElseThrow(), second.orElseThrow(),
                auditCase.getRegistrantId(), title, title != null && sameTitleAssessorExists(campaign, title,
                        auditCase.getRegistrantId())));
        String before = assessors(auditCase);
        auditCase.assignAssessors(first.get().accountId(), second.get().accountId(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.AUDIT_ASSESSORS_ASSIGNED, SUBJECT, id, before, assessors(auditCase)));
        for (AssessorRules.Candidate c : List.of(first.get(), second.get())) {
            notifier.notify(c.accountId(), Notification.Kind.AUDIT_ASSIGNED, "You are asked to assess a CPD profile"
                    + " of the audit \u201c" + campaign.getTitle() + "\u201d against its standards.",
                    assessLink(id));
        }
        return views.of(auditCase, CaseView.Audience.BODY);
    }

    /** Names a moderator for the standards the two assessors disagree on. */
    public CaseView assignModerator(long id, String email) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCase auditCase = lookups.auditCase(id);
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        List<FieldProblem> problems = new ArrayList<>();
        Optional<AssessorRules.Candidate> moderator = candidate("moderator", email, campaign, problems);
        InvalidInputException.throwIfAny(problems);
        InvalidInputException.throwIfAny(AssessorRules.moderatorProblems(moderator.orElseThrow(),
                auditCase.getRegistrantId(),
                auditCase.current(AssessorPart.FIRST).map(CaseAssessment::getAssessorId).orElse(-1L),
                auditCase.current(AssessorPart.SECOND).map(CaseAssessment::getAssessorId).orElse(-1L)));
        String before = assessors(auditCase);
        auditCase.assignModerator(moderator.get().accountId(), campaign.standardCodes(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.AUDIT_MODERATOR_ASSIGNED, SUBJECT, id, before, assessors(auditCase)));
        notifier.notify(moderator.get().accountId(), Notification.Kind.AUDIT_ASSIGNED, "You are asked to moderate a"
                + " CPD profile of the audit \u201c" + campaign.getTitle() + "\u201d where its two assessors disagree"
                + " on " + String.join(", ", auditCase.disputed(campaign.standardCodes())) + ".", assessLink(id));
        return views.of(auditCase, CaseView.Audience.BODY);
    }

    /** Records the outcome (or an extension) and tells the registrant. */
    public CaseView recordOutcome(long id, CaseOutcome outcome, String note, LocalDate newDeadline) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCase auditCase = lookups.auditCase(id);
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        String before = auditCase.getState().name();
        auditCase.recordOutcome(outcome, note, newDeadline, campaign.standardCodes(), LocalDate.now(clock),
                clock.instant());
        audit.fire(new AuditEvent(AuditAction.AUDIT_OUTCOME_RECORDED, SUBJECT, id, before, auditCase.getState()
                + ", outcome " + outcome + ", deadline " + auditCase.getDeadline()));
        String which = "the CPD audit \u201c" + campaign.getTitle() + "\u201d";
        switch (outcome) {
            case MEETS -> notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_OUTCOME,
                    "Your CPD profile for " + which + " meets the standards." + note(auditCase), AuditCampaigns.caseLink(id));
            case DOES_NOT_MEET -> notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_OUTCOME,
                    "Your CPD profile for " + which + " does not meet the standards:" + note(auditCase) + " You may"
                            + " appeal within " + AuditCase.APPEAL_DAYS + " days.", AuditCampaigns.caseLink(id));
            case MORE_INFORMATION -> notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_MORE_INFORMATION,
                    "The assessors of " + which + " need more information: " + auditCase.getMoreInformation()
                            + " Add it to your profile and submit it again by " + DateText.day(auditCase.getDeadline())
                            + ".", AuditCampaigns.caseLink(id));
            case EXTENSION_GRANTED -> notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_OUTCOME,
                    "You have more time for " + which + ": your profile is now due by "
                            + DateText.day(auditCase.getDeadline()) + "." + note(auditCase), AuditCampaigns.caseLink(id));
        }
        return views.of(auditCase, CaseView.Audience.BODY);
    }

    /** Decides an appeal and tells the registrant. */
    public CaseView decideAppeal(long id, AppealDecision decision, String reason, LocalDate newDeadline) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCase auditCase = lookups.auditCase(id);
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        String before = auditCase.getState().name();
        auditCase.decideAppeal(decision, reason, newDeadline, LocalDate.now(clock), clock.instant());
        audit.fire(new AuditEvent(AuditAction.AUDIT_APPEAL_DECIDED, SUBJECT, id, before, auditCase.getState()
                + ", appeal " + decision));
        notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_APPEAL_DECIDED, "Your appeal in the CPD"
                + " audit \u201c" + campaign.getTitle() + "\u201d is " + (decision == AppealDecision.UPHELD ? "upheld"
                : "dismissed") + ": " + auditCase.getAppealReason()
                + (auditCase.getState() == CaseState.PROFILE_TO_FOLLOW ? " Your profile is now due by "
                + DateText.day(auditCase.getDeadline()) + "." : ""), AuditCampaigns.caseLink(id));
        return views.of(auditCase, CaseView.Audience.BODY);
    }

    // ------------------------------------------------------------------ dashboard and export

    /** Counts by state and outcome, the overdue cases, and each assessor's load in a campaign. */
    public Dashboard dashboard(long campaignId) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCampaign campaign = lookups.campaign(campaignId);
        List<AuditCase> cases = lookups.cases(campaignId);
        LocalDate today = LocalDate.now(clock);
        Map<CaseState, Integer> byState = new EnumMap<>(CaseState.class);
        Map<CaseOutcome, Integer> byOutcome = new EnumMap<>(CaseOutcome.class);
        for (CaseState s : CaseState.values()) {
            byState.put(s, 0);
        }
        for (CaseOutcome o : CaseOutcome.values()) {
            byOutcome.put(o, 0);
        }
        List<Overdue> overdue = new ArrayList<>();
        Map<Long, int[]> load = new LinkedHashMap<>();
        for (AuditCase c : cases) {
            byState.merge(c.getState(), 1, Integer::sum);
            if (c.getOutcome() != null) {
                byOutcome.merge(c.getOutcome(), 1, Integer::sum);
            }
            if (c.isOverdue(today)) {
                overdue.add(new Overdue(c.getId(), lookups.name(c.getRegistrantId()), c.getState(), c.getDeadline()));
            }
            for (CaseAssessment a : c.currentAssessments()) {
                int[] counts = load.computeIfAbsent(a.getAssessorId(), k -> new int[2]);
                counts[0]++;
                counts[1] += a.isGraded() ? 1 : 0;
            }
        }
        List<Workload> workload = load.entrySet().stream()
                .map(e -> new Workload(e.getKey(), lookups.name(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] - e.getValue()[1]))
                .sorted(java.util.Comparator.comparing(Workload::name)).toList();
        return new Dashboard(lookups.view(campaign), cases.size(), byState, byOutcome, overdue, workload);
    }

    /**
     * Every case of a campaign as CSV (the portal's format, text guarded against formulas): registrant, stratum,
     * why sampled, state, deadline, submission, assessors, verdict, outcome.
     */
    public String csv(long campaignId) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCampaign campaign = lookups.campaign(campaignId);
        CsvWriter csv = new CsvWriter(List.of("Case", "Registrant", "Email", "Stratum", "Sampled", "State",
                "Deadline", "Submitted", "First assessor", "Second assessor", "Moderator", "Grades come to",
                "Outcome", "Outcome on", "Appeal"));
        for (AuditCase c : lookups.cases(campaignId)) {
            Account registrant = lookups.account(c.getRegistrantId()).orElse(null);
            csv.number(c.getId())
                    .text(registrant == null ? null : registrant.getDisplayName())
                    .text(registrant == null ? null : registrant.getEmail())
                    .text(c.getStratum())
                    .text(c.getReason() == SampleSelection.Reason.DRAWN ? "Drawn at random"
                            : "Did not engage with the previous audit")
                    .text(c.getState().phrase())
                    .text(c.getDeadline().toString())
                    .text(c.getSubmittedAt() == null ? null : c.getSubmittedAt().toString())
                    .text(assessorName(c, AssessorPart.FIRST))
                    .text(assessorName(c, AssessorPart.SECOND))
                    .text(assessorName(c, AssessorPart.MODERATOR))
                    .text(c.getRound() == 0 ? null : verdictWords(c.verdict(campaign.standardCodes())))
                    .text(c.getOutcome() == null ? null : outcomeWords(c.getOutcome()))
                    .text(c.getOutcomeOn() == null ? null : c.getOutcomeOn().toString())
                    .text(c.getAppealDecision() != null ? (c.getAppealDecision() == AppealDecision.UPHELD
                            ? "Upheld" : "Dismissed") : c.getState() == CaseState.APPEAL_LODGED ? "Lodged" : null)
                    .endRow();
        }
        return csv.content();
    }

    private static String outcomeWords(CaseOutcome outcome) {
        return switch (outcome) {
            case MEETS -> "Meets the standards";
            case MORE_INFORMATION -> "More information requested";
            case EXTENSION_GRANTED -> "Extension granted";
            case DOES_NOT_MEET -> "Does not meet the standards";
        };
    }

    private static String verdictWords(Moderation.Verdict verdict) {
        return switch (verdict) {
            case MEETS -> "Every standard met";
            case MORE_INFORMATION -> "Some standards partly met";
            case DOES_NOT_MEET -> "A standard not met";
            case NEEDS_MODERATION -> "Waiting for a moderator";
            case INCOMPLETE -> "Not yet graded by both assessors";
        };
    }

    private String assessorName(AuditCase c, AssessorPart part) {
        return c.current(part).map(a -> lookups.name(a.getAssessorId())).orElse(null);
    }

    private Optional<AssessorRules.Candidate> candidate(String field, String email, AuditCampaign campaign,
                                                        List<FieldProblem> problems) {
        if (email == null || email.isBlank()) {
            problems.add(new FieldProblem(field, "Name the assessor by the email of their account."));
            return Optional.empty();
        }
        Optional<Account> account = lookups.accountByEmail(email);
        if (account.isEmpty()) {
            problems.add(new FieldProblem(field, "No account has the email " + email.trim() + "."));
            return Optional.empty();
        }
        String title = lookups.registration(account.get().getId(), campaign.getBodyId())
                .map(BodyRegistration::getRegistrationTitle).orElse(null);
        return Optional.of(new AssessorRules.Candidate(field, account.get().getId(), AuditLookups.assesses(account.get()),
                title));
    }

    private boolean sameTitleAssessorExists(AuditCampaign campaign, String title, long registrantId) {
        return em.createQuery("SELECT a FROM Account a, BodyRegistration r WHERE r.accountId = a.id AND r.bodyId = :b"
                        + " AND a.id <> :registrant AND LOWER(r.registrationTitle) = :title", Account.class)
                .setParameter("b", campaign.getBodyId()).setParameter("registrant", registrantId)
                .setParameter("title", title.trim().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .anyMatch(AuditLookups::assesses);
    }

    private static String assessors(AuditCase c) {
        return c.currentAssessments().stream().map(a -> a.getPart() + "=" + a.getAssessorId()).toList().toString();
    }

    private static String note(AuditCase c) {
        return c.getOutcomeNote() == null ? "" : " " + c.getOutcomeNote();
    }
}
