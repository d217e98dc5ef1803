package org.healthengineering.portal.application.recognition;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.eligibility.Eligibility;
import org.healthengineering.portal.application.evidence.OwnRecords;
import org.healthengineering.portal.application.notification.Links;
import org.healthengineering.portal.application.notification.MailRequest;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.recognition.AreaStatement;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionReferee;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An engineer's applications for recognition, and the referees' answers to them. The engineer checks their
 * eligibility for a scheme, starts an application, drafts it over as many sessions as they like (statements per
 * area, evidence from their own records, two referees by email), submits it, replaces a referee who declined,
 * withdraws it until the panel decides, appeals a deferral or refusal, and chooses whether an award appears on the
 * public register. A referee follows the link mailed to them, signs in, and confirms or declines. Anyone else is
 * told an application does not exist.
 */
@Stateless
public class RecognitionApplications {

    static final String MINE = "/recognition/index.xhtml";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<MailRequest> mail;

    @Inject
    Clock clock;

    @Inject
    Eligibility eligibility;

    @Inject
    OwnRecords ownRecords;

    @Inject
    Notifier notifier;

    @Inject
    RecognitionCases cases;

    static String applicationLink(long id) {
        return "/recognition/application.xhtml?id=" + id;
    }

    static String refereeLink(String token) {
        return "/recognition/referee.xhtml?token=" + token;
    }

    /** One of the caller's applications, for their list. */
    public record Mine(RecognitionApplication application, String schemeName, String bodyName) implements Serializable {
    }

    /** The caller's eligibility for an open scheme's criteria, criterion by criterion. */
    public List<Finding> eligibility(long schemeId) {
        caller.check(Permissions.RECOGNITION_APPLY);
        RecognitionScheme scheme = cases.visibleScheme(schemeId);
        return eligibility.forCaller(caller.accountId(), scheme.getCriteria()).findings(scheme.getCriteria());
    }

    /** Starts a draft application to an open scheme; refused while the caller has another open one to it. */
    public RecognitionCases.ApplicationView start(long schemeId) {
        caller.check(Permissions.RECOGNITION_APPLY);
        RecognitionScheme scheme = cases.visibleScheme(schemeId);
        long me = caller.accountId();
        List<RecognitionApplication> earlier = em.createQuery("SELECT a FROM RecognitionApplication a"
                        + " WHERE a.applicantId = :me AND a.schemeId = :s", RecognitionApplication.class)
                .setParameter("me", me).setParameter("s", schemeId).getResultList();
        earlier.stream().filter(a -> a.getState().isOpen()).findFirst().ifPresent(a -> {
            throw new ConflictException("schemeId", "You have an application to this scheme already ("
                    + a.getState().phrase() + "): carry on with it, or withdraw it first.");
        });
        RecognitionApplication application = RecognitionApplication.start(scheme, me, clock.instant());
        em.persist(application);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.RECOGNITION_STARTED, RecognitionCases.SUBJECT, application.getId(),
                "scheme " + scheme.getCode()));
        return view(application);
    }

    /** The caller's applications, newest first, with their schemes' and bodies' names: one statement. */
    public List<Mine> mine() {
        caller.check(Permissions.RECOGNITION_APPLY);
        return em.createQuery("SELECT a, s.name, b.name FROM RecognitionApplication a, RecognitionScheme s,"
                        + " ProfessionalBody b WHERE a.applicantId = :me AND s.id = a.schemeId AND b.id = s.bodyId"
                        + " ORDER BY a.createdAt DESC, a.id DESC", Object[].class)
                .setParameter("me", caller.accountId()).getResultList().stream()
                .map(r -> new Mine((RecognitionApplication) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** One of the caller's own applications. */
    public RecognitionCases.ApplicationView get(long id) {
        return view(own(id));
    }

    public RecognitionCases.ApplicationView saveStatements(long id, List<AreaStatement.Given> statements) {
        RecognitionApplication application = own(id);
        application.saveStatements(cases.scheme(application), statements, clock.instant());
        drafted(application, "statements");
        return view(application);
    }

    public RecognitionCases.ApplicationView chooseEvidence(long id, List<EvidenceRef> evidence) {
        RecognitionApplication application = own(id);
        application.chooseEvidence(evidence, evidence == null ? Set.of()
                : ownRecords.owned(caller.accountId(), evidence), clock.instant());
        drafted(application, "evidence");
        return view(application);
    }

    public RecognitionCases.ApplicationView nameReferees(long id, List<String> emails) {
        RecognitionApplication application = own(id);
        application.nameReferees(cases.scheme(application), emails, me().getEmail(), clock.instant());
        drafted(application, "referees");
        return view(application);
    }

    /** The caller's records an application may point to as evidence. */
    public List<OwnRecords.OwnRecord> myRecords() {
        caller.check(Permissions.RECOGNITION_APPLY);
        return ownRecords.offered(caller.accountId());
    }

    /** Submits the draft: every problem at once; then each referee is mailed a link of their own. */
    public RecognitionCases.ApplicationView submit(long id) {
        RecognitionApplication application = own(id);
        RecognitionScheme scheme = cases.scheme(application);
        Account me = me();
        Map<String, String> tokens = new HashMap<>();
        application.submit(scheme, ownRecords.owned(me.getId(), application.getEvidence()), me.getEmail(), email -> {
            String token = newToken();
            tokens.put(email, token);
            return RecognitionReferee.hash(token);
        }, today(), clock.instant());
        tokens.forEach((email, token) -> invite(email, token, me, scheme));
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_SUBMITTED, RecognitionCases.SUBJECT, id, "DRAFT",
                application.getState().name()));
        notifier.notify(me.getId(), Notification.Kind.RECOGNITION_PROGRESS, "Your application for "
                + scheme.getName() + " is submitted. Your referees have been asked to confirm your competence.",
                applicationLink(id));
        return view(application);
    }

    /** Names someone else in place of a referee who declined; they are mailed a link at once. */
    public RecognitionCases.ApplicationView replaceReferee(long id, String email) {
        RecognitionApplication application = own(id);
        RecognitionScheme scheme = cases.scheme(application);
        Account me = me();
        String token = newToken();
        RecognitionReferee referee = application.replaceDeclinedReferee(scheme, email, RecognitionReferee.hash(token),
                me.getEmail(), clock.instant());
        invite(referee.getEmail(), token, me, scheme);
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REFEREE_REPLACED, RecognitionCases.SUBJECT, id, null,
                "referee " + (referee.getNumber())));
        return view(application);
    }

    public RecognitionCases.ApplicationView withdraw(long id, String reason) {
        RecognitionApplication application = own(id);
        String before = application.getState().name();
        application.withdraw(reason, clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_WITHDRAWN, RecognitionCases.SUBJECT, id, before,
                "WITHDRAWN"));
        return view(application);
    }

    /** Appeals a deferral or refusal; the body's administrators are told. */
    public RecognitionCases.ApplicationView appeal(long id, String grounds) {
        RecognitionApplication application = own(id);
        String before = application.getState().name();
        application.lodgeAppeal(grounds, today(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_APPEAL_LODGED, RecognitionCases.SUBJECT, id, before,
                application.getState().name()));
        cases.tellBody(application, "An appeal against the decision on an "
                + "application for " + cases.scheme(application).getName() + " waits for the body's decision.");
        return view(application);
    }

    /** Whether an award appears on the public register; the caller's choice, at any time. */
    public RecognitionCases.ApplicationView consent(long id, Boolean consent) {
        RecognitionApplication application = own(id);
        if (consent == null) {
            throw org.healthengineering.portal.domain.shared.InvalidInputException.of("consent",
                    "Say whether your award appears on the public register (true) or not (false).");
        }
        boolean before = application.isRegisterConsent();
        application.consentToRegister(consent, clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REGISTER_CONSENT, RecognitionCases.SUBJECT, id,
                String.valueOf(before), String.valueOf(consent)));
        return view(application);
    }

    // ------------------------------------------------------------------ referees

    /** A request to act as referee, as the signed-in person who followed its link reads it. */
    public record RefereeRequest(RecognitionCases.ApplicationView application, RecognitionReferee referee,
                                 boolean registered) implements Serializable {
    }

    /** The request behind a link; a link that is unknown answers "not found". */
    public RefereeRequest request(String token) {
        caller.check(Permissions.OWN_ACCOUNT);
        RecognitionApplication application = byToken(token);
        RecognitionReferee referee = application.refereeByLink(RecognitionReferee.hash(token));
        return new RefereeRequest(cases.view(application, RecognitionCases.Audience.REFEREE, caller.accountId()),
                referee, registered(caller.accountId(), application.getBodyId()));
    }

    /**
     * The signed-in referee confirms the applicant's competence. A referee is registered with the body; the last
     * confirmation the scheme needs sends the application to review, and the body is told to assign reviewers.
     */
    public RefereeRequest confirm(String token, String statement) {
        caller.check(Permissions.OWN_ACCOUNT);
        RecognitionApplication application = byToken(token);
        RecognitionScheme scheme = cases.scheme(application);
        long me = caller.accountId();
        if (!registered(me, application.getBodyId())) {
            throw new ConflictException("statement", "A referee is registered with "
                    + em.find(ProfessionalBody.class, application.getBodyId()).getName() + ", and your account has "
                    + "no current registration with it: add it on your CPD page, or decline.");
        }
        String before = application.getState().name();
        application.confirmReferee(scheme, RecognitionReferee.hash(token), me, statement, clock.instant());
        answered(application, scheme, before, "confirmed");
        return request(token);
    }

    /** The signed-in referee declines, saying why; the applicant is told and may name someone else. */
    public RefereeRequest decline(String token, String reason) {
        caller.check(Permissions.OWN_ACCOUNT);
        RecognitionApplication application = byToken(token);
        RecognitionScheme scheme = cases.scheme(application);
        String before = application.getState().name();
        application.declineReferee(RecognitionReferee.hash(token), caller.accountId(), reason, clock.instant());
        answered(application, scheme, before, "declined");
        return request(token);
    }

    private void answered(RecognitionApplication application, RecognitionScheme scheme, String before, String how) {
        long id = application.getId();
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REFEREE_ANSWERED, RecognitionCases.SUBJECT, id, before,
                application.getState().name() + ", a referee " + how));
        String name = cases.account(caller.accountId()).getDisplayName();
        if (how.equals("declined")) {
            notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_PROGRESS, name + " has "
                    + "declined to act as your referee for " + scheme.getName() + ". Name someone else on your "
                    + "application.", applicationLink(id));
        } else if (application.getRound() > 0) {
            notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_PROGRESS, "Both your "
                    + "referees have confirmed: your application for " + scheme.getName() + " is under review.",
                    applicationLink(id));
            cases.tellBody(application, "An application for " + scheme.getName()
                    + " has its references and waits for two reviewers.");
        } else {
            notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_PROGRESS, name + " has "
                    + "confirmed your competence for " + scheme.getName() + ".", applicationLink(id));
        }
    }

    /**
     * The application behind a referee's link, for the person it was mailed to: the signed-in account's address is
     * the one the applicant named. A link that is unknown, or opened by anyone else, answers "not found".
     */
    private RecognitionApplication byToken(String token) {
        NotFoundException unknown = new NotFoundException("Referee invitation", "of this link");
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw unknown;
        }
        String hash = RecognitionReferee.hash(token);
        RecognitionApplication application = em.createQuery("SELECT r.application FROM RecognitionReferee r"
                        + " WHERE r.tokenHash = :h", RecognitionApplication.class).setParameter("h", hash)
                .getResultStream().findFirst().orElseThrow(() -> unknown);
        if (!application.refereeByLink(hash).getEmail().equals(EmailAddress.normalise(me().getEmail()))) {
            throw unknown;
        }
        return application;
    }

    private boolean registered(long accountId, long bodyId) {
        BodyRegistration registration = em.find(BodyRegistration.class, new BodyRegistration.Key(accountId, bodyId));
        return registration != null && !registration.isRetired();
    }

    private void invite(String email, String token, Account applicant, RecognitionScheme scheme) {
        mail.fire(new MailRequest(email, "A request to act as referee", "Hello,\n\n" + applicant.getDisplayName()
                + " has applied to " + em.find(ProfessionalBody.class, scheme.getBodyId()).getName() + " for "
                + scheme.getName() + " and has named you as a referee. A referee is registered with the body and "
                + "confirms, from their own knowledge of the applicant's work, that the applicant is competent.\n\n"
                + "Sign in to the Healthcare Engineering Portal (or register with this address) and answer here:\n"
                + Links.absolute(refereeLink(token)) + "\n\nIf you do not know the applicant, decline there or "
                + "ignore this message.\n"));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ------------------------------------------------------------------ helpers

    private RecognitionApplication own(long id) {
        caller.check(Permissions.RECOGNITION_APPLY);
        RecognitionApplication application = em.find(RecognitionApplication.class, id);
        if (application == null || !application.isApplicant(caller.accountId())) {
            throw new NotFoundException("Application", id);
        }
        return application;
    }

    private void drafted(RecognitionApplication application, String what) {
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_DRAFT_SAVED, RecognitionCases.SUBJECT, application.getId(),
                null, what));
    }

    private RecognitionCases.ApplicationView view(RecognitionApplication application) {
        return cases.view(application, RecognitionCases.Audience.APPLICANT, caller.accountId());
    }

    private Account me() {
        return cases.account(caller.accountId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
