package org.healthengineering.portal.application.vacancy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.eligibility.Eligibility;
import org.healthengineering.portal.application.evidence.OwnRecords;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.evidence.EvidenceFile;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.leadership.LeadershipPost;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.vacancy.AnonymisedApplication;
import org.healthengineering.portal.domain.vacancy.ApplicationStatus;
import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.vacancy.Score;
import org.healthengineering.portal.domain.vacancy.ShortlistFlags;
import org.healthengineering.portal.domain.vacancy.Vacancy;
import org.healthengineering.portal.domain.vacancy.VacancyApplication;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applications to vacancies: an engineer sees their eligibility, applies (the findings kept with the application),
 * follows and withdraws their own; a shortlister sees the vacancy's applications anonymised and scores them; the
 * hospital's administrator sees the scores with their flags and decides, then, once shortlisting is closed and
 * names are shown, moves the shortlisted on to interview, offer and appointment, which fills the linked leadership
 * post. Anyone else is told an application does not exist; a shortlister never learns who applied.
 */
@Stateless
public class VacancyApplications {

    static final String SUBJECT = "VacancyApplication";
    static final String MINE = "/vacancies/mine.xhtml";
    static final String SHORTLISTING = "/vacancies/index.xhtml";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    Eligibility eligibility;

    @Inject
    Notifier notifier;

    @Inject
    Vacancies vacancies;

    @Inject
    OwnRecords ownRecords;

    /** An application with its vacancy and hospital, as the applicant follows it. */
    public record Mine(VacancyApplication application, Vacancies.Listed vacancy) implements Serializable {
    }

    /** An application as the hospital sees it once names are shown: the applicant's name and email with it. */
    public record Named(VacancyApplication application, String name, String email, ShortlistFlags flags) implements Serializable {
    }

    /** A vacancy's applications for shortlisting: anonymised, with the flags the scores raise and my own scores. */
    public record ForShortlisting(AnonymisedApplication application, ShortlistFlags flags, Map<Integer, Integer> mine) implements Serializable {
    }

    // ------------------------------------------------------------------ the applicant

    /** What the eligibility engine finds for the caller against an open vacancy's specification, criterion by criterion. */
    public List<Finding> eligibility(long vacancyId) {
        Vacancy vacancy = vacancies.openOne(vacancyId).vacancy();
        return eligibility.forCaller(caller.accountId(), vacancy.criteria()).findings(vacancy.criteria());
    }

    /** Applies to an open vacancy, once; the findings of today are kept with the application. */
    public VacancyApplication apply(long vacancyId, VacancyApplication.Given given) {
        Vacancies.Listed listed = vacancies.openOne(vacancyId);
        Vacancy vacancy = listed.vacancy();
        long me = caller.accountId();
        if (!em.createQuery("SELECT a.id FROM VacancyApplication a WHERE a.vacancyId = :v AND a.applicantId = :me",
                Long.class).setParameter("v", vacancyId).setParameter("me", me).getResultList().isEmpty()) {
            throw new ConflictException("vacancy", "You have applied to this vacancy already.");
        }
        List<Finding> found = eligibility.forCaller(me, vacancy.criteria()).findings(vacancy.criteria());
        String reference;
        do {
            reference = VacancyApplication.newReference();
        } while (!em.createQuery("SELECT a.id FROM VacancyApplication a WHERE a.vacancyId = :v AND a.reference = :r",
                Long.class).setParameter("v", vacancyId).setParameter("r", reference).getResultList().isEmpty());
        VacancyApplication application = VacancyApplication.apply(vacancy, me, reference, given,
                ownEvidence(me, given), found, today(), clock.instant());
        em.persist(application);
        em.flush();
        notifier.notify(me, Notification.Kind.APPLICATION_RECEIVED, listed.hospitalName() + " has received your"
                + " application for \u201c" + vacancy.getTitle() + "\u201d (reference " + reference + ").", MINE);
        audit.fire(AuditEvent.created(AuditAction.APPLICATION_SUBMITTED, SUBJECT, application.getId(),
                "vacancy " + vacancyId + ", reference " + reference));
        return application;
    }

    /** The caller's applications, newest first, with their vacancies: a fixed number of statements. */
    public List<Mine> mine() {
        caller.check(Permissions.VACANCY_APPLY);
        List<Object[]> rows = em.createQuery("SELECT a, v, h.code, h.name, h.region FROM VacancyApplication a,"
                + " Vacancy v, Hospital h WHERE a.applicantId = :me AND v.id = a.vacancyId AND h.id = v.hospitalId"
                + " ORDER BY a.submittedAt DESC, a.id DESC", Object[].class)
                .setParameter("me", caller.accountId()).getResultList();
        return rows.stream().map(r -> new Mine((VacancyApplication) r[0], new Vacancies.Listed((Vacancy) r[1],
                (String) r[2], (String) r[3], (String) r[4]))).toList();
    }

    public Mine myApplication(long id) {
        caller.check(Permissions.VACANCY_APPLY);
        VacancyApplication application = em.find(VacancyApplication.class, id);
        if (application == null || !application.isOf(caller.accountId())) {
            throw new NotFoundException(SUBJECT, id);
        }
        Vacancy vacancy = em.find(Vacancy.class, application.getVacancyId());
        Hospital hospital = em.find(Hospital.class, vacancy.getHospitalId());
        return new Mine(application, new Vacancies.Listed(vacancy, hospital.getCode(), hospital.getName(),
                hospital.getRegion()));
    }

    public VacancyApplication withdraw(long id) {
        Mine mine = myApplication(id);
        mine.application().withdraw(mine.vacancy().vacancy(), today(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.APPLICATION_WITHDRAWN, SUBJECT, id, null, null));
        return mine.application();
    }

    /** The records the caller owns among those the application points to. */
    private Set<EvidenceRef> ownEvidence(long me, VacancyApplication.Given given) {
        return given == null || given.evidence() == null ? Set.of() : ownRecords.owned(me, given.evidence());
    }

    // ------------------------------------------------------------------ shortlisting

    /** The caller's records an application may point to as evidence. */
    public List<OwnRecords.OwnRecord> myRecords() {
        caller.check(Permissions.VACANCY_APPLY);
        return ownRecords.offered(caller.accountId());
    }

    /** A vacancy as its shortlister reads it, with its specification in words. */
    public record Shortlisted(Vacancy vacancy, List<String> criteria) implements Serializable {
    }

    public Shortlisted shortlistedVacancy(long vacancyId) {
        Vacancy vacancy = shortlisted(vacancyId);
        return new Shortlisted(vacancy, eligibility.describe(vacancy.criteria()));
    }

    /** A vacancy the caller shortlists; anyone else is told it does not exist. */
    private Vacancy shortlisted(long vacancyId) {
        caller.check(Permissions.OWN_ACCOUNT);
        Vacancy vacancy = em.find(Vacancy.class, vacancyId);
        if (vacancy == null || !vacancy.isShortlister(caller.accountId())) {
            throw new NotFoundException(Vacancies.SUBJECT, vacancyId);
        }
        vacancy.closeIfDue(today(), clock.instant());
        return vacancy;
    }

    /** The vacancies the caller shortlists, soonest closing first. */
    public List<Vacancy> toShortlist() {
        caller.check(Permissions.OWN_ACCOUNT);
        List<Vacancy> list = em.createQuery("SELECT v FROM Vacancy v JOIN v.shortlisters s WHERE s = :me"
                + " ORDER BY v.closingDate, v.id", Vacancy.class).setParameter("me", caller.accountId()).getResultList();
        list.forEach(v -> v.closeIfDue(today(), clock.instant()));
        return list;
    }

    /**
     * A vacancy's applications as its shortlister sees them: anonymised (reference, statements, evidence titles,
     * findings as they were), with what the scores flag and the caller's own scores; a fixed number of statements
     * however many applications. Empty until the vacancy closes.
     */
    public List<ForShortlisting> forShortlisting(long vacancyId) {
        Vacancy vacancy = shortlisted(vacancyId);
        if (vacancy.getStatus() == org.healthengineering.portal.domain.vacancy.VacancyStatus.OPEN) {
            return List.of();
        }
        List<VacancyApplication> applications = applicationsOf(vacancyId);
        Map<EvidenceRef, String> titles = evidenceTitles(applications);
        long me = caller.accountId();
        return applications.stream().filter(a -> a.getStatus() != ApplicationStatus.WITHDRAWN)
                .map(a -> new ForShortlisting(AnonymisedApplication.of(a, a.getEvidence().stream()
                        .map(r -> titles.getOrDefault(r, "A record no longer on the portal")).toList()),
                        a.flags(vacancy), a.scoresBy(me))).toList();
    }

    /** The shortlister scores every criterion of one application. */
    public VacancyApplication score(long applicationId, List<Score.Given> scores) {
        VacancyApplication application = em.find(VacancyApplication.class, applicationId);
        if (application == null) {
            throw new NotFoundException(SUBJECT, applicationId);
        }
        Vacancy vacancy = shortlisted(application.getVacancyId());
        application.score(vacancy, caller.accountId(), scores, clock.instant());
        audit.fire(new AuditEvent(AuditAction.APPLICATION_SCORED, SUBJECT, applicationId, null,
                application.scoresBy(caller.accountId()).toString()));
        return application;
    }

    /** The caller's own scores of an application, by criterion position. */
    public Map<Integer, Integer> myScores(VacancyApplication application) {
        return application.scoresBy(caller.accountId());
    }

    // ------------------------------------------------------------------ the hospital

    /**
     * A vacancy's applications as its hospital's administrator sees them, with the scores' flags: anonymised until
     * shortlisting is closed, named afterwards.
     */
    public List<ForShortlisting> forHospital(long vacancyId) {
        Vacancy vacancy = vacancies.get(vacancyId);
        List<VacancyApplication> applications = applicationsOf(vacancyId);
        Map<EvidenceRef, String> titles = evidenceTitles(applications);
        return applications.stream().filter(a -> a.getStatus() != ApplicationStatus.WITHDRAWN)
                .map(a -> new ForShortlisting(AnonymisedApplication.of(a, a.getEvidence().stream()
                        .map(r -> titles.getOrDefault(r, "A record no longer on the portal")).toList()),
                        a.flags(vacancy), Map.of())).toList();
    }

    /** The applicants' names and emails, for the hospital, once shortlisting is closed. */
    public List<Named> named(long vacancyId) {
        Vacancy vacancy = vacancies.get(vacancyId);
        if (vacancy.isAnonymised()) {
            throw new ConflictException("shortlisting", "Applicants are named once shortlisting is closed.");
        }
        List<VacancyApplication> applications = applicationsOf(vacancyId);
        Map<Long, Account> people = accounts(applications.stream().map(VacancyApplication::getApplicantId).toList());
        return applications.stream().map(a -> new Named(a, people.get(a.getApplicantId()).getDisplayName(),
                people.get(a.getApplicantId()).getEmail(), a.flags(vacancy))).toList();
    }

    /** The shortlisting decision on one application; the applicant is told. */
    public VacancyApplication decideShortlisting(long applicationId, boolean shortlisted, String feedback) {
        VacancyApplication application = managedApplication(applicationId);
        Vacancy vacancy = vacancies.get(application.getVacancyId());
        application.decideShortlisting(vacancy, shortlisted, feedback, clock.instant());
        tell(application, vacancy, shortlisted ? "you are shortlisted" : "you are not shortlisted");
        audit.fire(new AuditEvent(AuditAction.APPLICATION_DECIDED, SUBJECT, applicationId, null,
                application.getStatus().name()));
        return application;
    }

    /**
     * Moves a shortlisted application on: interviewed, offered, appointed or not appointed. An appointment decides
     * the vacancy and, when it fills a leadership post, makes the appointed engineer the post's holder.
     */
    public VacancyApplication advance(long applicationId, ApplicationStatus next, String feedback, Instant interview) {
        VacancyApplication application = managedApplication(applicationId);
        Vacancy vacancy = vacancies.get(application.getVacancyId());
        if (next == ApplicationStatus.APPOINTED && !em.createQuery("SELECT a.id FROM VacancyApplication a"
                + " WHERE a.vacancyId = :v AND a.status = :appointed", Long.class).setParameter("v", vacancy.getId())
                .setParameter("appointed", ApplicationStatus.APPOINTED).getResultList().isEmpty()) {
            throw new ConflictException("status", "Someone is appointed to this vacancy already.");
        }
        application.advance(vacancy, next, feedback, interview, clock.instant());
        if (next == ApplicationStatus.APPOINTED) {
            vacancy.decided(clock.instant());
            if (vacancy.getPostId() != null) {
                LeadershipPost post = em.find(LeadershipPost.class, vacancy.getPostId());
                Account appointed = em.find(Account.class, application.getApplicantId());
                String before = post.getHolderName();
                post.fill(appointed.getId(), appointed.getDisplayName());
                audit.fire(new AuditEvent(AuditAction.POST_FILLED, "LeadershipPost", post.getId(), before,
                        appointed.getDisplayName()));
            }
        }
        tell(application, vacancy, "you are " + next.phrase());
        audit.fire(new AuditEvent(AuditAction.APPLICATION_DECIDED, SUBJECT, applicationId, null, next.name()));
        return application;
    }

    private void tell(VacancyApplication application, Vacancy vacancy, String news) {
        String hospital = em.find(Hospital.class, vacancy.getHospitalId()).getName();
        notifier.notify(application.getApplicantId(), Notification.Kind.APPLICATION_DECIDED, hospital + " on your"
                + " application for \u201c" + vacancy.getTitle() + "\u201d: " + news + "."
                + (application.getFeedback() == null ? "" : " " + application.getFeedback()), MINE);
    }

    private VacancyApplication managedApplication(long id) {
        caller.check(Permissions.OWN_ACCOUNT);
        VacancyApplication application = em.find(VacancyApplication.class, id);
        if (application == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        Vacancy vacancy = em.find(Vacancy.class, application.getVacancyId());
        if (!caller.has(Permissions.hospitalEdit(vacancy.getHospitalId()))) {
            throw new NotFoundException(SUBJECT, id);
        }
        return application;
    }

    private List<VacancyApplication> applicationsOf(long vacancyId) {
        return em.createQuery("SELECT a FROM VacancyApplication a WHERE a.vacancyId = :v ORDER BY a.submittedAt, a.id",
                        VacancyApplication.class).setParameter("v", vacancyId)
                .setHint("eclipselink.batch", "a.scores")
                .setHint("eclipselink.batch", "a.statements")
                .setHint("eclipselink.batch", "a.evidence")
                .setHint("eclipselink.batch", "a.findings")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    private Map<Long, Account> accounts(List<Long> ids) {
        Map<Long, Account> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()
                    .forEach(a -> byId.put(a.getId(), a));
        }
        return byId;
    }

    /**
     * The titles of the records applications point to, as a shortlister may read them (what the record is, never
     * whose, nor the numbers on a certificate): one statement per kind.
     */
    private Map<EvidenceRef, String> evidenceTitles(List<VacancyApplication> applications) {
        Map<EvidenceKind, Set<Long>> ids = new HashMap<>();
        applications.forEach(a -> a.getEvidence().forEach(r -> ids.computeIfAbsent(r.getKind(),
                k -> new HashSet<>()).add(r.getRecordId())));
        Map<EvidenceRef, String> titles = new HashMap<>();
        if (ids.containsKey(EvidenceKind.HELD_QUALIFICATION)) {
            em.createQuery("SELECT h.id, q.name FROM HeldQualification h, Qualification q WHERE q.id = h.qualificationId"
                    + " AND h.id IN :ids", Object[].class).setParameter("ids", ids.get(EvidenceKind.HELD_QUALIFICATION))
                    .getResultList().forEach(r -> titles.put(new EvidenceRef(EvidenceKind.HELD_QUALIFICATION,
                            (Long) r[0]), "Qualification: " + r[1]));
        }
        if (ids.containsKey(EvidenceKind.ASSESSMENT)) {
            em.createQuery("SELECT a.id, c.code, c.title, a.level FROM CompetencyAssessment a, Competency c"
                    + " WHERE c.id = a.competencyId AND a.id IN :ids", Object[].class)
                    .setParameter("ids", ids.get(EvidenceKind.ASSESSMENT)).getResultList()
                    .forEach(r -> titles.put(new EvidenceRef(EvidenceKind.ASSESSMENT, (Long) r[0]),
                            "Competency: " + r[1] + " " + r[2] + " at level " + r[3]));
        }
        if (ids.containsKey(EvidenceKind.CPD_ACTIVITY)) {
            em.createQuery("SELECT a.id, a.title FROM CpdActivity a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids.get(EvidenceKind.CPD_ACTIVITY)).getResultList()
                    .forEach(r -> titles.put(new EvidenceRef(EvidenceKind.CPD_ACTIVITY, (Long) r[0]), "CPD: " + r[1]));
        }
        if (ids.containsKey(EvidenceKind.EVIDENCE_FILE)) {
            em.createQuery("SELECT e.id FROM EvidenceFile e WHERE e.id IN :ids", Long.class)
                    .setParameter("ids", ids.get(EvidenceKind.EVIDENCE_FILE)).getResultList()
                    .forEach(id -> titles.put(new EvidenceRef(EvidenceKind.EVIDENCE_FILE, id), "An evidence file"));
        }
        return titles;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
