package org.healthengineering.portal.application.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.eligibility.Eligibility;
import org.healthengineering.portal.application.account.RoleHolders;
import org.healthengineering.portal.application.evidence.OwnRecords;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.recognition.SchemeStatus;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionInterview;
import org.healthengineering.portal.domain.recognition.RecognitionReview;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the use cases of recognition applications share: loading an application, the accounts it names, people
 * named by email, and the application as each kind of reader sees it ({@link ApplicationView}). Checks no
 * permission itself: every caller is a use case that has, and says which audience it serves.
 */
@ApplicationScoped
public class RecognitionCases {

    static final String SUBJECT = "RecognitionApplication";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    OwnRecords ownRecords;

    @Inject
    Eligibility eligibility;

    @Inject
    RoleHolders roleHolders;

    @Inject
    Notifier notifier;

    /** Who reads an application, which decides what they see. */
    public enum Audience {
        /** The engineer who applied: their own draft and progress, the decision; never the reviews. */
        APPLICANT,
        /** A referee answering the request: the applicant, the scheme and the statements. */
        REFEREE,
        /** An assigned reviewer: everything the panel reads except the other reviewer's report. */
        REVIEWER,
        /** A member of the interview panel: as a reviewer, with both reports. */
        INTERVIEWER,
        /** The body's administrators: everything. */
        BODY
    }

    /**
     * An application as one audience reads it: with its scheme, the applicant's name, the names of the people it
     * mentions (referees who answered, reviewers, interviewers, deciders) by account, the evidence in words, the
     * eligibility findings (for the body, reviewers and interviewers; the applicant asks for their own before
     * applying), the reviews this audience may read, and the applicant's email for the body only.
     */
    public record ApplicationView(RecognitionApplication application, RecognitionSchemes.SchemeView scheme,
                                  String applicantName, String applicantEmail, Map<Long, String> names,
                                  Map<EvidenceRef, String> evidence, List<Finding> findings,
                                  List<RecognitionReview> reviews, Audience audience) implements Serializable {

        public String name(Long accountId) {
            return accountId == null ? null : names.getOrDefault(accountId, "");
        }

        public Optional<RecognitionInterview> interview() {
            return application.currentInterview();
        }

        /** The current interview's panel by name, in order: "A, B". */
        public String panelNames() {
            return interview().map(i -> String.join(", ", i.getPanel().stream().map(this::name).toList())).orElse("");
        }
    }

    /** A scheme the caller may read: an open one, or any for a body administrator. */
    RecognitionScheme visibleScheme(long id) {
        RecognitionScheme scheme = em.find(RecognitionScheme.class, id);
        if (scheme == null || (scheme.getStatus() != SchemeStatus.OPEN
                && !caller.has(Permissions.RECOGNITION_MANAGE))) {
            throw new NotFoundException("Recognition scheme", id);
        }
        return scheme;
    }

    RecognitionSchemes.SchemeView schemeView(RecognitionScheme scheme, ProfessionalBody body, Long inProgress) {
        String roleTitle = scheme.getRoleCode() == null || !roleProfiles.exists(scheme.getRoleCode()) ? null
                : roleProfiles.role(scheme.getRoleCode()).getTitle();
        return new RecognitionSchemes.SchemeView(scheme, body.getCode(), body.getName(),
                eligibility.describe(scheme.getCriteria()), roleTitle, inProgress);
    }

    RecognitionApplication application(long id) {
        RecognitionApplication application = em.find(RecognitionApplication.class, id);
        if (application == null) {
            throw new NotFoundException("Application", id);
        }
        return application;
    }

    RecognitionScheme scheme(RecognitionApplication application) {
        return em.find(RecognitionScheme.class, application.getSchemeId());
    }

    Account account(long id) {
        return em.find(Account.class, id);
    }

    /** Tells every body administrator that an application waits for the body, with a link to it. */
    void tellBody(RecognitionApplication application, String text) {
        for (Long admin : roleHolders.allHolding(Role.BODY_ADMIN)) {
            notifier.notify(admin, Notification.Kind.RECOGNITION_FOR_BODY, text, caseLink(application.getId()));
        }
    }

    /** Where the body's administrators work on an application. */
    static String caseLink(long id) {
        return "/recognition/case.xhtml?id=" + id;
    }

    /** The names of the accounts, in one statement. */
    Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    ApplicationView view(RecognitionApplication application, Audience audience, long reader) {
        RecognitionScheme scheme = scheme(application);
        RecognitionSchemes.SchemeView schemeView = schemeView(scheme,
                em.find(ProfessionalBody.class, scheme.getBodyId()), null);
        Set<Long> people = new HashSet<>();
        people.add(application.getApplicantId());
        application.refereeAccounts().forEach(people::add);
        application.getReviews().forEach(r -> people.add(r.getReviewerId()));
        application.getInterviews().forEach(i -> {
            people.addAll(i.getPanel());
            if (i.getReportedBy() != null) {
                people.add(i.getReportedBy());
            }
        });
        if (application.getDecidedBy() != null) {
            people.add(application.getDecidedBy());
        }
        Map<Long, String> names = names(people);
        Account applicant = account(application.getApplicantId());
        Map<EvidenceRef, String> evidence = audience == Audience.REFEREE ? Map.of()
                : ownRecords.labelled(application.getApplicantId(), application.getEvidence());
        boolean judging = audience == Audience.BODY || audience == Audience.REVIEWER
                || audience == Audience.INTERVIEWER;
        List<Finding> findings = judging && !scheme.getCriteria().isEmpty()
                ? eligibility.forCaller(application.getApplicantId(), scheme.getCriteria())
                .findings(scheme.getCriteria()) : List.of();
        List<RecognitionReview> reviews = switch (audience) {
            case BODY, INTERVIEWER -> application.getReviews();
            case REVIEWER -> application.getReviews().stream().filter(r -> r.getReviewerId() == reader).toList();
            case APPLICANT, REFEREE -> List.of();
        };
        return new ApplicationView(application, schemeView, applicant.getDisplayName(),
                audience == Audience.BODY ? applicant.getEmail() : null, names, evidence, findings, reviews, audience);
    }
}
