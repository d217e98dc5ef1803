package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An engineer's application for recognition under one scheme, with everything that belongs to it: the competence
 * statement per area, the evidence (records the engineer keeps elsewhere, by reference), the referees, the reviews
 * of each round, the interview, the panel's decision, the appeals and, once awarded, its place on the public
 * register. The rules of the whole lifecycle (see {@link ApplicationState}) live here; a service loads the
 * application and its scheme, checks who is asking, calls one method and records it in the audit trail. Every
 * moment and day comes from the caller.
 *
 * <p>What the service checks, because it needs other aggregates: that the engineer has no other
 * {@link ApplicationState#isOpen() open} application to the same scheme (the database cannot say "unique among open
 * ones"); that a referee who answers is registered with the body (as the scheme requires); that reviewers, panel
 * members and deciders are the body's people. The eligibility criteria are reported to the reviewers by the
 * eligibility engine; they bar nobody.
 *
 * <p>Rounds: the referees' confirmation opens round 1 of review; the panel may refer the application back for a
 * fresh round (after an upheld appeal, say). Each round has its two reviewers and, where the scheme holds one, its
 * interview. Decisions are numbered (1 for the panel's first), and each may be appealed once.
 */
@Entity
@Table(name = "recognition_application")
public class RecognitionApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 8000;
    public static final int REASON_LENGTH = 2000;
    /** An appeal is lodged at the latest this many days after the decision. */
    public static final int APPEAL_DAYS = 28;
    public static final int MOST_EVIDENCE = 50;
    /** Each round of review has two reviewers. */
    public static final int REVIEWERS = 2;
    public static final int LEAST_INTERVIEWERS = 2;
    public static final int MOST_INTERVIEWERS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "scheme_id", nullable = false, updatable = false)
    private Long schemeId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private ApplicationState state;

    @Column(name = "review_round", nullable = false)
    private int round;

    @Column(name = "register_consent", nullable = false)
    private boolean registerConsent;

    @Column(name = "consent_changed_at")
    private Instant consentChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "recognition_statement", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<AreaStatement> statements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "recognition_evidence", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<EvidenceRef> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("sortOrder")
    private List<RecognitionReferee> referees = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<RecognitionReview> reviews = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<RecognitionInterview> interviews = new ArrayList<>();

    @Column(name = "referral_note", length = REASON_LENGTH)
    private String referralNote;

    @Column(name = "decision_number", nullable = false)
    private int decisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private RecognitionOutcome outcome;

    @Column(name = "decision_note", length = TEXT_LENGTH)
    private String decisionNote;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "held_qualification_id")
    private Long heldQualificationId;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<RecognitionAppeal> appeals = new ArrayList<>();

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = REASON_LENGTH)
    private String withdrawalReason;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private Long removedBy;

    @Column(name = "removal_reason", length = REASON_LENGTH)
    private String removalReason;

    @Version
    @Column(name = "version")
    private int version;

    /**
     * The panel's decision as given: an award carries the day it is made; a deferral its development feedback
     * (what to do before applying again) and a refusal its reasons, both in {@code note}; an award's note is
     * optional.
     */
    public record Decision(RecognitionOutcome outcome, LocalDate awardedOn, String note) {
    }

    protected RecognitionApplication() {
    }

    /**
     * An engineer starts an application to an open scheme, as a draft. The service has made sure the engineer has
     * no other open application to it.
     */
    public static RecognitionApplication start(RecognitionScheme scheme, long applicantId, Instant now) {
        if (!scheme.acceptsApplications()) {
            throw new ConflictException("schemeId", "This scheme is not open to applications.");
        }
        RecognitionApplication application = new RecognitionApplication();
        application.schemeId = scheme.getId();
        application.bodyId = scheme.getBodyId();
        application.applicantId = applicantId;
        application.state = ApplicationState.DRAFT;
        application.createdAt = now;
        application.updatedAt = now;
        return application;
    }

    // ---------------------------------------------------------------- the applicant's draft

    /**
     * The applicant saves statements, some areas at a time, over as many sessions as they like: each given one
     * replaces that area's statement, a blank one clears it. A draft may be over an area's word limit (the page
     * shows by how much: {@link #statementProblems}); only the submission is refused for it.
     */
    public void saveStatements(RecognitionScheme scheme, List<AreaStatement.Given> given, Instant now) {
        requireScheme(scheme);
        requireDraft("statements", "its statements no longer change");
        List<AreaStatement.Given> list = given == null ? List.of() : given;
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            AreaStatement.Given g = list.get(i);
            String at = "statements[" + i + "].";
            if (g == null || g.competencyId() == null || scheme.area(g.competencyId()).isEmpty()) {
                problems.add(new FieldProblem(at + "competencyId", "Choose one of the scheme's areas."));
            } else if (!seen.add(g.competencyId())) {
                problems.add(new FieldProblem(at + "competencyId", "Give each area's statement once."));
            }
            if (g != null && g.text() != null && g.text().strip().length() > AreaStatement.TEXT_LENGTH) {
                problems.add(new FieldProblem(at + "text", "A statement has at most 30,000 characters, even in a "
                        + "draft."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        for (AreaStatement.Given g : list) {
            statements.removeIf(s -> s.getCompetencyId().equals(g.competencyId()));
            if (g.text() != null && !g.text().isBlank()) {
                statements.add(new AreaStatement(g.competencyId(), g.text()));
            }
        }
        List<AreaStatement> ordered = statements.stream()
                .sorted(Comparator.comparingInt(s -> place(scheme, s.getCompetencyId()))).toList();
        statements.clear();
        statements.addAll(ordered);
        updatedAt = now;
    }

    private static int place(RecognitionScheme scheme, long competencyId) {
        int index = scheme.areaIndex(competencyId);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /**
     * What keeps the statements from being submitted, per area in the scheme's order ({@code statements[2].text}
     * for the third area): a statement missing, or over the area's word limit (by how many words).
     */
    public List<FieldProblem> statementProblems(RecognitionScheme scheme) {
        requireScheme(scheme);
        List<FieldProblem> problems = new ArrayList<>();
        List<SchemeArea> areas = scheme.getAreas();
        for (int i = 0; i < areas.size(); i++) {
            SchemeArea area = areas.get(i);
            String field = "statements[" + i + "].text";
            Optional<AreaStatement> statement = statement(area.getCompetencyId());
            if (statement.isEmpty()) {
                problems.add(new FieldProblem(field, "Write your statement for " + area.getTitle() + "."));
            } else if (statement.get().getWordCount() > area.getWordLimit()) {
                int words = statement.get().getWordCount();
                problems.add(new FieldProblem(field, area.getTitle() + ": " + words + " words, over the limit of "
                        + area.getWordLimit() + " by " + (words - area.getWordLimit()) + "."));
            }
        }
        return problems;
    }

    /** The statement for the area of this competency, if the applicant has written one. */
    public Optional<AreaStatement> statement(long competencyId) {
        return statements.stream().filter(s -> s.getCompetencyId() == competencyId).findFirst();
    }

    /**
     * The applicant chooses the records that evidence the application, replacing the choice before; each must be
     * one of {@code ownRecords}, the applicant's records as the service loaded them.
     */
    public void chooseEvidence(List<EvidenceRef> chosen, Set<EvidenceRef> ownRecords, Instant now) {
        requireDraft("evidence", "its evidence no longer changes");
        List<EvidenceRef> list = chosen == null ? List.of() : chosen;
        List<FieldProblem> problems = new ArrayList<>();
        if (list.size() > MOST_EVIDENCE) {
            problems.add(new FieldProblem("evidence", "Choose at most " + MOST_EVIDENCE + " records."));
        }
        Set<EvidenceRef> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            EvidenceRef ref = list.get(i);
            String at = "evidence[" + i + "].";
            if (ref == null || ref.kind() == null) {
                problems.add(new FieldProblem(at + "kind", "Choose the kind of record."));
            }
            if (ref == null || ref.recordId() == null) {
                problems.add(new FieldProblem(at + "recordId", "Choose a record."));
            } else if (ref.kind() != null && !ownRecords.contains(ref)) {
                problems.add(new FieldProblem(at + "recordId", "Choose one of your own records."));
            } else if (ref.kind() != null && !seen.add(ref)) {
                problems.add(new FieldProblem(at + "recordId", "Choose each record once."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        evidence.clear();
        list.forEach(ref -> evidence.add(new EvidenceRef(ref.kind(), ref.recordId())));
        updatedAt = now;
    }

    private List<FieldProblem> evidenceProblems(RecognitionScheme scheme, Set<EvidenceRef> ownRecords) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (!ownRecords.contains(evidence.get(i))) {
                problems.add(new FieldProblem("evidence[" + i + "].recordId", "This record is no longer among "
                        + "yours: choose another or leave it out."));
            }
        }
        long files = evidence.stream().filter(e -> e.getKind() == EvidenceKind.EVIDENCE_FILE)
                .filter(e -> ownRecords.contains(e)).count();
        if (files < scheme.getEvidenceFilesRequired()) {
            problems.add(new FieldProblem("evidence", "Choose at least " + scheme.getEvidenceFilesRequired()
                    + " evidence " + (scheme.getEvidenceFilesRequired() == 1 ? "file" : "files") + " ("
                    + files + " chosen)."));
        }
        return problems;
    }

    /**
     * The applicant names the referees, replacing those named before (invitations go out on submission): at most
     * the scheme's number, each a different person, none the applicant ({@code applicantEmail}, the applicant's
     * address as the service knows it).
     */
    public void nameReferees(RecognitionScheme scheme, List<String> emails, String applicantEmail, Instant now) {
        requireScheme(scheme);
        requireDraft("referees", "its referees no longer change");
        List<String> list = emails == null ? List.of() : emails;
        List<FieldProblem> problems = new ArrayList<>();
        if (list.size() > scheme.getRefereesRequired()) {
            problems.add(new FieldProblem("referees", "Name " + scheme.getRefereesRequired() + " referees, no more."));
        }
        String own = EmailAddress.normalise(applicantEmail);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String email = EmailAddress.normalise(list.get(i));
            String field = "referees[" + i + "].email";
            if (EmailAddress.problemWith(email).isPresent()) {
                problems.add(new FieldProblem(field, "Enter the referee's email address, like name@example.org."));
            } else if (email.equals(own)) {
                problems.add(new FieldProblem(field, "A referee is someone other than you."));
            } else if (!seen.add(email)) {
                problems.add(new FieldProblem(field, "Name each referee once."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        referees.clear();
        for (int i = 0; i < list.size(); i++) {
            referees.add(new RecognitionReferee(this, i, list.get(i)));
        }
        updatedAt = now;
    }

    private List<FieldProblem> refereeProblems(RecognitionScheme scheme, String applicantEmail) {
        List<FieldProblem> problems = new ArrayList<>();
        if (referees.size() != scheme.getRefereesRequired()) {
            problems.add(new FieldProblem("referees", "Name " + scheme.getRefereesRequired() + " referees ("
                    + referees.size() + " named)."));
        }
        String own = EmailAddress.normalise(applicantEmail);
        for (int i = 0; i < referees.size(); i++) {
            if (referees.get(i).getEmail().equals(own)) {
                problems.add(new FieldProblem("referees[" + i + "].email", "A referee is someone other than you."));
            }
        }
        return problems;
    }

    /**
     * The applicant submits the draft to the open scheme. Refused with every problem at once: each area's statement
     * written and within its word limit, the evidence still the applicant's and with the evidence files the scheme
     * asks, exactly the scheme's number of referees, none the applicant. Statements of areas the scheme no longer
     * assesses are dropped. Each referee is then invited: {@code tokenHashOf} gives, for a referee's email, the
     * {@link RecognitionReferee#hash hash} of a new random token the service mails to them in a link.
     */
    public void submit(RecognitionScheme scheme, Set<EvidenceRef> ownRecords, String applicantEmail,
                       Function<String, String> tokenHashOf, LocalDate today, Instant now) {
        requireScheme(scheme);
        requireDraft("state", "only a draft is submitted");
        if (!scheme.acceptsApplications()) {
            throw new ConflictException("schemeId", "The scheme is closed to applications: a draft can no longer "
                    + "be submitted.");
        }
        List<FieldProblem> problems = new ArrayList<>(statementProblems(scheme));
        problems.addAll(evidenceProblems(scheme, ownRecords));
        problems.addAll(refereeProblems(scheme, applicantEmail));
        InvalidInputException.throwIfAny(problems);
        Map<RecognitionReferee, String> hashes = new HashMap<>();
        referees.forEach(r -> hashes.put(r, tokenHashOf.apply(r.getEmail())));
        if (new HashSet<>(hashes.values()).size() != referees.size()
                || !hashes.values().stream().allMatch(RecognitionReferee::isHash)) {
            throw new IllegalArgumentException("Each referee's link has its own token, stored as its SHA-256 hex");
        }
        statements.removeIf(s -> scheme.areaIndex(s.getCompetencyId()) < 0);
        referees.forEach(r -> r.invite(hashes.get(r), now));
        state = ApplicationState.AWAITING_REFEREES;
        submittedOn = today;
        submittedAt = now;
        updatedAt = now;
    }

    // ---------------------------------------------------------------- referees

    /**
     * A referee, signed in with their own account, confirms the applicant's competence through the link they were
     * mailed ({@code tokenHash}, the hash of the link's token). The service has checked that the account is
     * registered with the body. The last confirmation the scheme needs sends the application to review (round 1).
     */
    public void confirmReferee(RecognitionScheme scheme, String tokenHash, long accountId, String statement,
                               Instant now) {
        requireScheme(scheme);
        RecognitionReferee referee = answerable(tokenHash, accountId, "statement");
        if (statement == null || statement.isBlank()
                || statement.trim().length() > RecognitionReferee.STATEMENT_LENGTH) {
            throw InvalidInputException.of("statement", "Say how you know the applicant's work and why you confirm "
                    + "their competence (at most 4,000 characters).");
        }
        referee.confirm(accountId, statement, now);
        long confirmed = referees.stream().filter(r -> r.getState() == RefereeState.CONFIRMED).count();
        if (confirmed >= scheme.getRefereesRequired()) {
            startRound();
        }
        updatedAt = now;
    }

    /** A referee declines through their link, saying why; the applicant may then name someone else. */
    public void declineReferee(String tokenHash, long accountId, String reason, Instant now) {
        RecognitionReferee referee = answerable(tokenHash, accountId, "reason");
        if (reason == null || reason.isBlank() || reason.trim().length() > RecognitionReferee.REASON_LENGTH) {
            throw InvalidInputException.of("reason", "Say why you decline (at most 2,000 characters).");
        }
        referee.decline(accountId, reason, now);
        updatedAt = now;
    }

    private RecognitionReferee answerable(String tokenHash, long accountId, String field) {
        RecognitionReferee referee = refereeByLink(tokenHash);
        if (state != ApplicationState.AWAITING_REFEREES) {
            throw new ConflictException(field, "This application is " + state.phrase() + ": it no longer waits "
                    + "for references.");
        }
        if (referee.getState() != RefereeState.INVITED) {
            throw new ConflictException(field, "You have answered this request already.");
        }
        if (accountId == applicantId) {
            throw new ConflictException(field, "You cannot be a referee for your own application.");
        }
        if (referees.stream().anyMatch(r -> r != referee && r.getState() == RefereeState.CONFIRMED
                && Objects.equals(r.getAccountId(), accountId))) {
            throw new ConflictException(field, "You have confirmed this application already as another of its "
                    + "referees: an application needs different people as referees.");
        }
        return referee;
    }

    /** The referee whose link carries the token with this hash. */
    public RecognitionReferee refereeByLink(String tokenHash) {
        return referees.stream().filter(r -> r.hasLink(tokenHash)).findFirst()
                .orElseThrow(() -> new NotFoundException("Referee invitation", "of this link"));
    }

    /**
     * The applicant replaces a referee who declined: the new referee ({@code email}, someone not asked before and
     * not the applicant) is invited at once by a link whose token hashes to {@code tokenHash}.
     */
    public RecognitionReferee replaceDeclinedReferee(RecognitionScheme scheme, String email, String tokenHash,
                                                     String applicantEmail, Instant now) {
        requireScheme(scheme);
        if (state != ApplicationState.AWAITING_REFEREES) {
            throw new ConflictException("email", "This application is " + state.phrase() + ": its referees no "
                    + "longer change.");
        }
        if (referees.stream().filter(RecognitionReferee::isActive).count() >= scheme.getRefereesRequired()) {
            throw new ConflictException("email", "The application has its " + scheme.getRefereesRequired()
                    + " referees: a referee is replaced only after declining.");
        }
        String normal = EmailAddress.normalise(email);
        if (EmailAddress.problemWith(normal).isPresent()) {
            throw InvalidInputException.of("email", "Enter the referee's email address, like name@example.org.");
        }
        if (normal.equals(EmailAddress.normalise(applicantEmail))) {
            throw InvalidInputException.of("email", "A referee is someone other than you.");
        }
        if (referees.stream().anyMatch(r -> r.getEmail().equals(normal))) {
            throw InvalidInputException.of("email", "This person has been asked already: name someone else.");
        }
        RecognitionReferee referee = new RecognitionReferee(this, referees.size(), normal);
        referee.invite(tokenHash, now);
        referees.add(referee);
        updatedAt = now;
        return referee;
    }

    /** The accounts of the referees who have answered (confirming or declining). */
    public Set<Long> refereeAccounts() {
        Set<Long> accounts = new HashSet<>();
        referees.stream().map(RecognitionReferee::getAccountId).filter(Objects::nonNull).forEach(accounts::add);
        return accounts;
    }

    // ---------------------------------------------------------------- review

    private void startRound() {
        round++;
        state = ApplicationState.UNDER_REVIEW;
    }

    /**
     * A body administrator assigns the reviewers of the current round, replacing any who have not reported: with
     * those who have reported, {@value #REVIEWERS} different people, none the applicant, a referee, or someone who
     * stepped down from this round.
     */
    public void assignReviewers(List<Long> reviewerIds, Instant now) {
        if (state != ApplicationState.UNDER_REVIEW) {
            throw new ConflictException("reviewers", "This application is " + state.phrase() + ": reviewers are "
                    + "assigned while it is under review.");
        }
        List<Long> reported = currentReviews().stream().filter(RecognitionReview::isReported)
                .map(RecognitionReview::getReviewerId).toList();
        if (reported.size() >= REVIEWERS) {
            throw new ConflictException("reviewers", "Both reviewers have reported: the reviewers stay.");
        }
        List<Long> given = reviewerIds == null ? List.of() : reviewerIds;
        Set<Long> referees = refereeAccounts();
        Set<Long> steppedDown = new HashSet<>();
        reviews.stream().filter(r -> r.getRound() == round && r.isSteppedDown())
                .forEach(r -> steppedDown.add(r.getReviewerId()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> distinct = new HashSet<>(reported);
        given.stream().filter(Objects::nonNull).forEach(distinct::add);
        if (distinct.size() != REVIEWERS) {
            problems.add(new FieldProblem("reviewers", "Assign " + REVIEWERS + " different reviewers"
                    + (reported.isEmpty() ? "." : ", one of them the reviewer who has reported.")));
        }
        Set<Long> all = new HashSet<>(reported);
        for (int i = 0; i < given.size(); i++) {
            Long reviewer = given.get(i);
            String field = "reviewers[" + i + "]";
            if (reviewer == null) {
                problems.add(new FieldProblem(field, "Choose a reviewer."));
            } else if (reviewer.equals(applicantId)) {
                problems.add(new FieldProblem(field, "The applicant never reviews their own application."));
            } else if (referees.contains(reviewer)) {
                problems.add(new FieldProblem(field, "A referee of the application cannot review it."));
            } else if (steppedDown.contains(reviewer)) {
                problems.add(new FieldProblem(field, "This reviewer stepped down from the application: choose "
                        + "someone else."));
            } else if (!all.add(reviewer) && !reported.contains(reviewer)) {
                problems.add(new FieldProblem(field, "Choose each reviewer once."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        reviews.removeIf(r -> r.getRound() == round && r.isPending() && !all.contains(r.getReviewerId()));
        Set<Long> present = new HashSet<>();
        currentReviews().forEach(r -> present.add(r.getReviewerId()));
        all.stream().filter(r -> !present.contains(r)).sorted()
                .forEach(r -> reviews.add(new RecognitionReview(this, round, r, now)));
        updatedAt = now;
    }

    /** The reviews of the current round, less those whose reviewer stepped down. */
    public List<RecognitionReview> currentReviews() {
        return reviews.stream().filter(r -> r.getRound() == round && !r.isSteppedDown()).toList();
    }

    /** Whether both reviewers of the current round have reported. */
    public boolean reviewsComplete() {
        return currentReviews().stream().filter(RecognitionReview::isReported).count() >= REVIEWERS;
    }

    /** Whether both reviews are in and an interview is still to be arranged. */
    public boolean awaitsInterview() {
        return state == ApplicationState.UNDER_REVIEW && reviewsComplete();
    }

    public boolean isReviewer(long accountId) {
        return currentReviews().stream().anyMatch(r -> r.getReviewerId() == accountId);
    }

    /** An assigned reviewer who has a conflict of interest steps down before reporting; the body assigns another. */
    public void stepDown(long reviewerId, Instant now) {
        pendingReview(reviewerId, "review").stepDown(now);
        updatedAt = now;
    }

    /**
     * An assigned reviewer reports: the declaration of no conflict of interest, a judgement of every area (a
     * comment where an area is not met), a recommendation and an overall comment. Refused with every problem at
     * once, judgements named by the area's place ({@code judgements[1].comment}). The second report sends the
     * application to the panel, or, where the scheme holds an interview, leaves it for one to be arranged.
     */
    public void report(RecognitionScheme scheme, long reviewerId, boolean declaredNoConflict,
                       List<AreaJudgement.Given> judgements, RecognitionOutcome recommendation, String comment,
                       Instant now) {
        requireScheme(scheme);
        RecognitionReview review = pendingReview(reviewerId, "judgements");
        List<FieldProblem> problems = new ArrayList<>();
        if (!declaredNoConflict) {
            problems.add(new FieldProblem("declaredNoConflict", "Declare that you have no conflict of interest with "
                    + "the applicant, or step down from the review."));
        }
        List<AreaJudgement.Given> given = judgements == null ? List.of() : judgements;
        List<SchemeArea> areas = scheme.getAreas();
        List<AreaJudgement> judged = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            SchemeArea area = areas.get(i);
            String at = "judgements[" + i + "].";
            List<AreaJudgement.Given> forArea = given.stream()
                    .filter(j -> j != null && area.getCompetencyId().equals(j.competencyId())).toList();
            AreaJudgement.Given input = forArea.isEmpty() ? null : forArea.get(0);
            String text = input == null || input.comment() == null || input.comment().isBlank() ? null
                    : input.comment().trim();
            if (forArea.size() > 1) {
                problems.add(new FieldProblem(at + "grade", "Judge " + area.getTitle() + " once."));
            } else if (input == null || input.grade() == null) {
                problems.add(new FieldProblem(at + "grade", "Judge this area: " + area.getTitle() + "."));
            } else if (text != null && text.length() > AreaJudgement.COMMENT_LENGTH) {
                problems.add(new FieldProblem(at + "comment", "Use at most 2,000 characters."));
            } else if (text == null && input.grade() == Grade.NOT_MET) {
                problems.add(new FieldProblem(at + "comment", "Say why " + area.getTitle() + " is not met."));
            } else {
                judged.add(new AreaJudgement(area.getCompetencyId(), input.grade(), text));
            }
        }
        for (AreaJudgement.Given j : given) {
            if (j == null || j.competencyId() == null || scheme.area(j.competencyId()).isEmpty()) {
                problems.add(new FieldProblem("judgements", "Judge only the scheme's areas."));
                break;
            }
        }
        if (recommendation == null) {
            problems.add(new FieldProblem("recommendation", "Recommend award, deferral or refusal."));
        }
        if (comment == null || comment.isBlank() || comment.trim().length() > TEXT_LENGTH) {
            problems.add(new FieldProblem("comment", "Give your overall comment (at most 8,000 characters)."));
        }
        InvalidInputException.throwIfAny(problems);
        review.report(judged, recommendation, comment, now);
        if (reviewsComplete() && !scheme.isInterviewHeld()) {
            state = ApplicationState.WITH_PANEL;
        }
        updatedAt = now;
    }

    private RecognitionReview pendingReview(long reviewerId, String field) {
        RecognitionReview review = currentReviews().stream().filter(r -> r.getReviewerId() == reviewerId)
                .findFirst().orElseThrow(() -> new NotFoundException("Application", id));
        if (state != ApplicationState.UNDER_REVIEW) {
            throw new ConflictException(field, "This application is " + state.phrase() + ": it no longer waits for "
                    + "your report.");
        }
        if (review.isReported()) {
            throw new ConflictException(field, "You have reported on this application already.");
        }
        return review;
    }

    // ---------------------------------------------------------------- interview

    /**
     * A body administrator arranges the interview of the current round, where the scheme holds one and once both
     * reviewers have reported, or moves it before it is reported: a moment after now, a place or a link, and a
     * panel of {@value #LEAST_INTERVIEWERS} to {@value #MOST_INTERVIEWERS} different people, none the applicant or
     * a referee (reviewers may sit on it).
     */
    public void scheduleInterview(RecognitionScheme scheme, Instant startsAt, String place, List<Long> panel,
                                  Instant now) {
        requireScheme(scheme);
        if (!scheme.isInterviewHeld()) {
            throw new ConflictException("startsAt", "This scheme holds no interview: the panel decides on the "
                    + "reviews.");
        }
        if (state != ApplicationState.INTERVIEW_SCHEDULED && state != ApplicationState.UNDER_REVIEW) {
            throw new ConflictException("startsAt", "This application is " + state.phrase() + ": no interview is "
                    + "arranged now.");
        }
        if (!reviewsComplete()) {
            throw new ConflictException("startsAt", "The interview is arranged once both reviewers have reported.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (startsAt == null || !startsAt.isAfter(now)) {
            problems.add(new FieldProblem("startsAt", "Give the interview's date and time, later than now."));
        }
        if (place == null || place.isBlank() || place.trim().length() > RecognitionInterview.PLACE_LENGTH) {
            problems.add(new FieldProblem("place", "Say where the interview is held, or give the link to join it "
                    + "(at most 500 characters)."));
        }
        List<Long> members = panel == null ? List.of() : panel;
        if (members.size() < LEAST_INTERVIEWERS || members.size() > MOST_INTERVIEWERS) {
            problems.add(new FieldProblem("panel", "Name " + LEAST_INTERVIEWERS + " to " + MOST_INTERVIEWERS
                    + " interviewers."));
        }
        Set<Long> referees = refereeAccounts();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Long member = members.get(i);
            String field = "panel[" + i + "]";
            if (member == null) {
                problems.add(new FieldProblem(field, "Choose an interviewer."));
            } else if (member.equals(applicantId)) {
                problems.add(new FieldProblem(field, "The applicant does not sit on their own interview panel."));
            } else if (referees.contains(member)) {
                problems.add(new FieldProblem(field, "A referee of the application cannot interview the applicant."));
            } else if (!seen.add(member)) {
                problems.add(new FieldProblem(field, "Name each interviewer once."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        RecognitionInterview interview = currentInterview().orElseGet(() -> {
            RecognitionInterview arranged = new RecognitionInterview(this, round);
            interviews.add(arranged);
            return arranged;
        });
        interview.arrange(startsAt, place, members, now);
        state = ApplicationState.INTERVIEW_SCHEDULED;
        updatedAt = now;
    }

    /** The interview of the current round, if one is arranged. */
    public Optional<RecognitionInterview> currentInterview() {
        return interviews.stream().filter(i -> i.getRound() == round).findFirst();
    }

    /**
     * A member of the interview panel reports on it, once it has taken place: the report and the panel's
     * recommendation. The application goes to the panel for a decision.
     */
    public void reportInterview(long memberId, String report, RecognitionOutcome recommendation, Instant now) {
        RecognitionInterview interview = currentInterview().filter(i -> i.isOnPanel(memberId))
                .orElseThrow(() -> new NotFoundException("Application", id));
        if (state != ApplicationState.INTERVIEW_SCHEDULED) {
            throw new ConflictException("report", "This application is " + state.phrase() + ": it does not wait "
                    + "for an interview report.");
        }
        if (now.isBefore(interview.getStartsAt())) {
            throw new ConflictException("report", "The interview has not taken place yet: report on it afterwards.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (report == null || report.isBlank() || report.trim().length() > TEXT_LENGTH) {
            problems.add(new FieldProblem("report", "Write the interview report (at most 8,000 characters)."));
        }
        if (recommendation == null) {
            problems.add(new FieldProblem("recommendation", "Recommend award, deferral or refusal."));
        }
        InvalidInputException.throwIfAny(problems);
        interview.report(memberId, report, recommendation, now);
        state = ApplicationState.WITH_PANEL;
        updatedAt = now;
    }

    // ---------------------------------------------------------------- the panel

    /**
     * The panel sends the application back for a fresh round of review (the reviews fall short, or an upheld appeal
     * found the assessment wanting), saying what the new round should look at.
     */
    public void referBack(String note, Instant now) {
        if (state != ApplicationState.WITH_PANEL) {
            throw new ConflictException("note", "This application is " + state.phrase() + ": only an application "
                    + "with the panel is referred back for review.");
        }
        if (note == null || note.isBlank() || note.trim().length() > REASON_LENGTH) {
            throw InvalidInputException.of("note", "Say what the new review should look at (at most 2,000 "
                    + "characters).");
        }
        referralNote = note.trim();
        startRound();
        updatedAt = now;
    }

    /**
     * The panel decides, once the reviews (and the interview, where the scheme holds one) are in. An award is
     * dated (not in the future, not before the submission) and lasts the scheme's validity; a deferral carries
     * development feedback and a refusal its reasons. Nobody decides an application they applied with or are a
     * referee of.
     */
    public void decide(RecognitionScheme scheme, Decision decision, long by, LocalDate today, Instant now) {
        requireScheme(scheme);
        if (state != ApplicationState.WITH_PANEL) {
            throw new ConflictException("outcome", "The panel decides an application that is with it; this one is "
                    + state.phrase() + ".");
        }
        if (by == applicantId || refereeAccounts().contains(by)) {
            throw new ConflictException("outcome", "You applied with or are a referee of this application: someone "
                    + "else decides it.");
        }
        Decision given = decision == null ? new Decision(null, null, null) : decision;
        List<FieldProblem> problems = new ArrayList<>();
        RecognitionOutcome chosen = given.outcome();
        String note = given.note() == null || given.note().isBlank() ? null : given.note().trim();
        LocalDate on = given.awardedOn();
        if (chosen == null) {
            problems.add(new FieldProblem("outcome", "Choose award, defer or refuse."));
        }
        if (note != null && note.length() > TEXT_LENGTH) {
            problems.add(new FieldProblem("note", "Use at most 8,000 characters."));
        } else if (note == null && chosen == RecognitionOutcome.DEFER) {
            problems.add(new FieldProblem("note", "Give the development feedback: what the applicant should do "
                    + "before applying again."));
        } else if (note == null && chosen == RecognitionOutcome.REFUSE) {
            problems.add(new FieldProblem("note", "Give the reasons for the refusal."));
        }
        if (chosen == RecognitionOutcome.AWARD) {
            if (on == null) {
                problems.add(new FieldProblem("awardedOn", "Give the date of the award."));
            } else if (on.isAfter(today)) {
                problems.add(new FieldProblem("awardedOn", "An award cannot be dated in the future."));
            } else if (on.isBefore(submittedOn)) {
                problems.add(new FieldProblem("awardedOn", "An award is dated on or after the day the application "
                        + "was submitted, " + DateText.day(submittedOn) + "."));
            }
        } else if (on != null) {
            problems.add(new FieldProblem("awardedOn", "Only an award has a date of award."));
        }
        InvalidInputException.throwIfAny(problems);
        decisionNumber++;
        outcome = chosen;
        decisionNote = note;
        decidedOn = today;
        decidedAt = now;
        decidedBy = by;
        if (chosen == RecognitionOutcome.AWARD) {
            awardedOn = on;
            validUntil = on.plusYears(scheme.getValidityYears());
        }
        state = chosen.state();
        updatedAt = now;
    }

    // ---------------------------------------------------------------- appeal

    /** The last day an appeal against the current decision may be lodged; null before any decision. */
    public LocalDate appealDeadline() {
        return decidedOn == null ? null : decidedOn.plusDays(APPEAL_DAYS);
    }

    /**
     * The applicant appeals against a deferral or a refusal, within {@value #APPEAL_DAYS} days of it, once per
     * decision.
     */
    public void lodgeAppeal(String grounds, LocalDate today, Instant now) {
        if (state == ApplicationState.APPEAL_LODGED) {
            throw new ConflictException("grounds", "An appeal against this decision is waiting for its own "
                    + "decision already.");
        }
        if (!state.appealable()) {
            throw new ConflictException("grounds", "An appeal is against a deferral or a refusal; this application"
                    + " is " + state.phrase() + ".");
        }
        if (appeals.stream().anyMatch(a -> a.getDecisionNumber() == decisionNumber)) {
            throw new ConflictException("grounds", "This decision has been appealed already: an appeal is lodged "
                    + "once per decision.");
        }
        if (today.isAfter(appealDeadline())) {
            throw new ConflictException("grounds", "An appeal is lodged within " + APPEAL_DAYS + " days of the "
                    + "decision; the last day was " + DateText.day(appealDeadline()) + ".");
        }
        if (grounds == null || grounds.isBlank() || grounds.trim().length() > TEXT_LENGTH) {
            throw InvalidInputException.of("grounds", "Give the grounds of the appeal (at most 8,000 characters).");
        }
        appeals.add(new RecognitionAppeal(this, decisionNumber, outcome, grounds, today, now));
        state = ApplicationState.APPEAL_LODGED;
        updatedAt = now;
    }

    /**
     * The body decides the appeal, with its reasons: upheld, the application goes back to the panel for a new
     * decision; dismissed, the decision appealed against stands.
     */
    public void decideAppeal(AppealDecision decision, String reason, long by, Instant now) {
        RecognitionAppeal appeal = appeals.stream().filter(RecognitionAppeal::isOpen).findFirst()
                .filter(a -> state == ApplicationState.APPEAL_LODGED)
                .orElseThrow(() -> new ConflictException("decision", "No appeal is waiting for a decision on this "
                        + "application."));
        if (by == applicantId) {
            throw new ConflictException("decision", "You cannot decide an appeal on your own application.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldProblem("decision", "Choose upheld or dismissed."));
        }
        if (reason == null || reason.isBlank() || reason.trim().length() > REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "Give the reasons (at most 2,000 characters)."));
        }
        InvalidInputException.throwIfAny(problems);
        appeal.decide(decision, reason, by, now);
        state = decision == AppealDecision.UPHELD ? ApplicationState.WITH_PANEL : appeal.getAppealedOutcome().state();
        updatedAt = now;
    }

    // ---------------------------------------------------------------- withdrawal

    /** The applicant withdraws the application, at any time until the panel decides; a reason is optional. */
    public void withdraw(String reason, Instant now) {
        if (!state.withdrawable()) {
            throw new ConflictException("state", "This application is " + state.phrase() + ": an application is "
                    + "withdrawn only until the panel decides.");
        }
        if (reason != null && reason.trim().length() > REASON_LENGTH) {
            throw InvalidInputException.of("reason", "Use at most 2,000 characters.");
        }
        state = ApplicationState.WITHDRAWN;
        withdrawalReason = reason == null || reason.isBlank() ? null : reason.trim();
        withdrawnAt = now;
        updatedAt = now;
    }

    // ---------------------------------------------------------------- the award and the register

    /**
     * The applicant's choice whether an award appears on the public register; no by default, changeable at any
     * time, and taking effect at once (see {@link RegisterEntry}).
     */
    public void consentToRegister(boolean consent, Instant now) {
        registerConsent = consent;
        consentChangedAt = now;
        updatedAt = now;
    }

    /**
     * The body removes an award from the register (a finding of misconduct, say), with its reason; the register
     * then shows it as removed while the engineer's consent stands.
     */
    public void removeFromRegister(String reason, long by, LocalDate today, Instant now) {
        if (state != ApplicationState.AWARDED) {
            throw new ConflictException("reason", "Only an award is on the register; this application is "
                    + state.phrase() + ".");
        }
        if (removedAt != null) {
            throw new ConflictException("reason", "This award was removed from the register on "
                    + DateText.day(removedOn) + ".");
        }
        if (reason == null || reason.isBlank() || reason.trim().length() > REASON_LENGTH) {
            throw InvalidInputException.of("reason", "Give the reason for the removal (at most 2,000 characters).");
        }
        removalReason = reason.trim();
        removedBy = by;
        removedOn = today;
        removedAt = now;
        updatedAt = now;
    }

    /**
     * Where the award stands on {@code today}: removed by the body, lapsed once {@code validUntil} has passed, or
     * current; empty when nothing was awarded.
     */
    public Optional<AwardStatus> awardStatus(LocalDate today) {
        if (state != ApplicationState.AWARDED) {
            return Optional.empty();
        }
        if (removedAt != null) {
            return Optional.of(AwardStatus.REMOVED);
        }
        return Optional.of(today.isAfter(validUntil) ? AwardStatus.LAPSED : AwardStatus.CURRENT);
    }

    /**
     * The award as a qualification the engineer holds, verified by {@code verifiedBy} (who records the award):
     * the scheme's catalogue entry, from the day of the award, expiring when it lapses. The service stores it and
     * then calls {@link #heldAs}; an award becomes one held qualification only.
     */
    public HeldQualification heldQualification(RecognitionScheme scheme, long verifiedBy, LocalDate today,
                                               Instant now) {
        requireScheme(scheme);
        if (state != ApplicationState.AWARDED) {
            throw new ConflictException("heldQualification", "Only an award becomes a qualification held; this "
                    + "application is " + state.phrase() + ".");
        }
        if (heldQualificationId != null) {
            throw new ConflictException("heldQualification", "The award is among the engineer's qualifications "
                    + "already.");
        }
        if (removedAt != null) {
            throw new ConflictException("heldQualification", "The award was removed from the register.");
        }
        HeldQualification held = new HeldQualification(applicantId, scheme.getQualificationId(), awardedOn,
                validUntil, null, "Recognised under " + scheme.getName() + " by the panel's decision of "
                + DateText.day(decidedOn) + ".", today, now);
        held.verify(verifiedBy, now);
        return held;
    }

    /** Records the held qualification the award became (its id once stored). */
    public void heldAs(long heldQualification) {
        if (heldQualificationId != null) {
            throw new ConflictException("heldQualification", "The award is among the engineer's qualifications "
                    + "already.");
        }
        heldQualificationId = heldQualification;
    }

    // ---------------------------------------------------------------- helpers and reading

    private void requireScheme(RecognitionScheme scheme) {
        if (!Objects.equals(scheme.getId(), schemeId)) {
            throw new IllegalArgumentException("Scheme " + scheme.getId() + " is not application " + id + "'s");
        }
    }

    private void requireDraft(String field, String what) {
        if (state != ApplicationState.DRAFT) {
            throw new ConflictException(field, "This application is " + state.phrase() + ": " + what + ".");
        }
    }

    public boolean isApplicant(long accountId) {
        return applicantId == accountId;
    }

    public Long getId() { return id; }
    public Long getSchemeId() { return schemeId; }
    public Long getBodyId() { return bodyId; }
    public Long getApplicantId() { return applicantId; }
    public ApplicationState getState() { return state; }
    public int getRound() { return round; }
    public boolean isRegisterConsent() { return registerConsent; }
    public Instant getConsentChangedAt() { return consentChangedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public Instant getSubmittedAt() { return submittedAt; }
    /** The statements in the scheme's order of areas. */
    public List<AreaStatement> getStatements() { return List.copyOf(statements); }
    public List<EvidenceRef> getEvidence() { return List.copyOf(evidence); }
    /** Every referee ever named, in order: those who declined stay, after them their replacements. */
    public List<RecognitionReferee> getReferees() { return List.copyOf(referees); }
    /** Every review of every round, those whose reviewer stepped down included. */
    public List<RecognitionReview> getReviews() { return List.copyOf(reviews); }
    public List<RecognitionInterview> getInterviews() { return List.copyOf(interviews); }
    public String getReferralNote() { return referralNote; }
    /** How many decisions the panel has made: 0 before the first. */
    public int getDecisionNumber() { return decisionNumber; }
    /** The panel's latest decision (after an upheld appeal, the one overturned, until the panel decides again). */
    public RecognitionOutcome getOutcome() { return outcome; }
    /** The development feedback of a deferral, the reasons of a refusal, or an award's note. */
    public String getDecisionNote() { return decisionNote; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public LocalDate getAwardedOn() { return awardedOn; }
    /** The last day the award is valid; it lapses the day after unless renewed. */
    public LocalDate getValidUntil() { return validUntil; }
    public Long getHeldQualificationId() { return heldQualificationId; }
    public List<RecognitionAppeal> getAppeals() { return List.copyOf(appeals); }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public LocalDate getRemovedOn() { return removedOn; }
    public Instant getRemovedAt() { return removedAt; }
    public Long getRemovedBy() { return removedBy; }
    public String getRemovalReason() { return removalReason; }
}
