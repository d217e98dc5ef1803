package org.healthengineering.portal.application.vacancy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.eligibility.Eligibility;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.FindingCounts;
import org.healthengineering.portal.domain.eligibility.EligibilityEngine;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.hospital.Membership;
import org.healthengineering.portal.domain.leadership.LeadershipPost;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.vacancy.ApplicationStatus;
import org.healthengineering.portal.domain.vacancy.SpecCriterion;
import org.healthengineering.portal.domain.vacancy.Vacancy;
import org.healthengineering.portal.domain.vacancy.VacancyStatus;
import org.healthengineering.portal.domain.shared.Like;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A hospital's vacancies: drafting one with its person specification, publishing, changing, withdrawing it, naming
 * its shortlisters, closing shortlisting; and, for engineers, browsing the open vacancies of every hospital with
 * their own eligibility for each. A hospital's administrators act on its vacancies only; anyone else is told a
 * vacancy they may not manage does not exist.
 */
@Stateless
public class Vacancies {

    static final String SUBJECT = "Vacancy";

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
    RoleProfiles roleProfiles;

    @Inject
    Notifier notifier;

    /** A vacancy with its hospital, as lists show it. */
    public record Listed(Vacancy vacancy, String hospitalCode, String hospitalName, String region) implements Serializable {
    }

    /** What an engineer searches open vacancies by; every part may be empty. */
    public record Query(String text, String region, String roleCode, String band, Integer closingWithinDays) {
    }

    /** An open vacancy with what the eligibility engine finds for the caller. */
    public record WithEligibility(Listed listed, FindingCounts counts, boolean essentialsNotMet) implements Serializable {
    }

    // ------------------------------------------------------------------ the hospital

    public Vacancy draft(String hospitalCode, Vacancy.Details details, List<SpecCriterion.Given> specification) {
        Hospital hospital = managed(hospitalCode);
        checkReferences(hospital, details, specification);
        Vacancy vacancy = Vacancy.draft(hospital.getId(), details, specification, caller.accountId(), today(),
                clock.instant());
        em.persist(vacancy);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.VACANCY_DRAFTED, SUBJECT, vacancy.getId(), describe(vacancy)));
        return vacancy;
    }

    public Vacancy revise(long id, Vacancy.Details details, List<SpecCriterion.Given> specification) {
        Vacancy vacancy = manage(id);
        Hospital hospital = em.find(Hospital.class, vacancy.getHospitalId());
        checkReferences(hospital, details, specification);
        String before = describe(vacancy);
        vacancy.revise(details, specification, applications(id) > 0, today(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.VACANCY_REVISED, SUBJECT, id, before, describe(vacancy)));
        return vacancy;
    }

    public Vacancy publish(long id) {
        Vacancy vacancy = manage(id);
        vacancy.publish(today(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.VACANCY_PUBLISHED, SUBJECT, id, null, "closing "
                + vacancy.getClosingDate()));
        return vacancy;
    }

    /** Withdraws the vacancy; everyone who applied is told why. */
    public Vacancy withdraw(long id, String reason) {
        Vacancy vacancy = manage(id);
        vacancy.withdraw(reason, clock.instant());
        List<Long> applicants = em.createQuery("SELECT a.applicantId FROM VacancyApplication a"
                + " WHERE a.vacancyId = :v AND a.status <> :withdrawn", Long.class).setParameter("v", id)
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN).getResultList();
        String hospital = em.find(Hospital.class, vacancy.getHospitalId()).getName();
        notifier.notifyEach(applicants.stream().map(a -> new Notifier.Notice(a, Notification.Kind.VACANCY_WITHDRAWN,
                hospital + " has withdrawn the vacancy \u201c" + vacancy.getTitle() + "\u201d you applied to: "
                        + vacancy.getWithdrawalReason(), VacancyApplications.MINE)).toList());
        audit.fire(new AuditEvent(AuditAction.VACANCY_WITHDRAWN, SUBJECT, id, null, vacancy.getWithdrawalReason()));
        return vacancy;
    }

    /** Names the shortlisters by email: members of the hospital, at least two; each is told. */
    public Vacancy chooseShortlisters(long id, List<String> emails) {
        Vacancy vacancy = manage(id);
        Hospital hospital = em.find(Hospital.class, vacancy.getHospitalId());
        Set<Long> members = new HashSet<>(hospital.memberIds(Membership.ADMIN));
        members.addAll(hospital.memberIds(Membership.BOARD));
        Set<Long> chosen = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<String> given = emails == null ? List.of() : emails;
        for (int i = 0; i < given.size(); i++) {
            String email = given.get(i) == null ? "" : given.get(i).trim().toLowerCase(Locale.ROOT);
            List<Long> found = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                    .getResultStream().map(Account::getId).toList();
            if (found.isEmpty() || !members.contains(found.get(0))) {
                problems.add(new FieldProblem("shortlisters[" + i + "]", "No member of " + hospital.getName()
                        + " has this email."));
            } else {
                chosen.add(found.get(0));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Set<Long> before = vacancy.getShortlisters();
        vacancy.chooseShortlisters(chosen, members, clock.instant());
        notifier.notifyEach(chosen.stream().filter(a -> !before.contains(a)).map(a -> new Notifier.Notice(a,
                Notification.Kind.SHORTLISTING_ASSIGNED, hospital.getName() + " asks you to shortlist the"
                        + " applications for \u201c" + vacancy.getTitle() + "\u201d once it closes on "
                        + org.healthengineering.portal.domain.shared.DateText.day(vacancy.getClosingDate())
                        + ". You will see them without names.", VacancyApplications.SHORTLISTING)).toList());
        audit.fire(new AuditEvent(AuditAction.VACANCY_SHORTLISTERS_CHOSEN, SUBJECT, id, before.toString(),
                vacancy.getShortlisters().toString()));
        return vacancy;
    }

    /** Closes shortlisting once every application has its decision; names are shown from then on. */
    public Vacancy closeShortlisting(long id) {
        Vacancy vacancy = manage(id);
        long undecided = em.createQuery("SELECT COUNT(a) FROM VacancyApplication a WHERE a.vacancyId = :v"
                + " AND a.status = :submitted", Long.class).setParameter("v", id)
                .setParameter("submitted", ApplicationStatus.SUBMITTED).getSingleResult();
        vacancy.closeShortlisting(undecided, clock.instant());
        audit.fire(new AuditEvent(AuditAction.VACANCY_SHORTLISTING_CLOSED, SUBJECT, id, null, null));
        return vacancy;
    }

    /** Whether the caller administers the vacancy's hospital (false for a vacancy that does not exist). */
    public boolean manages(long id) {
        caller.check(Permissions.OWN_ACCOUNT);
        Vacancy vacancy = em.find(Vacancy.class, id);
        return vacancy != null && caller.has(Permissions.hospitalEdit(vacancy.getHospitalId()));
    }

    /** A vacancy its hospital's administrator manages. */
    public Vacancy get(long id) {
        return manage(id);
    }

    /** A hospital's vacancies, newest first, for its administrators. */
    public List<Vacancy> ofHospital(String hospitalCode) {
        Hospital hospital = managed(hospitalCode);
        List<Vacancy> vacancies = em.createQuery("SELECT v FROM Vacancy v WHERE v.hospitalId = :h"
                + " ORDER BY v.createdAt DESC, v.id DESC", Vacancy.class).setParameter("h", hospital.getId())
                .getResultList();
        LocalDate today = today();
        vacancies.forEach(v -> v.closeIfDue(today, clock.instant()));
        return vacancies;
    }

    /** The vacancy, closed first if its closing date has passed, when the caller administers its hospital. */
    Vacancy manage(long id) {
        caller.check(Permissions.OWN_ACCOUNT);
        Vacancy vacancy = em.find(Vacancy.class, id);
        if (vacancy == null || !caller.has(Permissions.hospitalEdit(vacancy.getHospitalId()))) {
            throw new NotFoundException(SUBJECT, id);
        }
        vacancy.closeIfDue(today(), clock.instant());
        return vacancy;
    }

    private Hospital managed(String code) {
        caller.check(Permissions.OWN_ACCOUNT);
        Hospital hospital = em.createQuery("SELECT h FROM Hospital h WHERE h.code = :c", Hospital.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
        if (hospital == null || !caller.has(Permissions.hospitalEdit(hospital.getId()))) {
            throw new NotFoundException("Hospital", code);
        }
        return hospital;
    }

    private void checkReferences(Hospital hospital, Vacancy.Details details, List<SpecCriterion.Given> given) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details != null && details.postId() != null) {
            LeadershipPost post = em.find(LeadershipPost.class, details.postId());
            if (post == null || !post.getHospitalId().equals(hospital.getId())) {
                problems.add(new FieldProblem("postId", "No leadership post of " + hospital.getName()
                        + " has this id."));
            }
        }
        if (details != null && details.roleCode() != null && !details.roleCode().isBlank()
                && !roleProfiles.exists(details.roleCode().trim())) {
            problems.add(new FieldProblem("roleCode", "No role profile has this code."));
        }
        if (given != null) {
            problems.addAll(eligibility.unknownReferences(given.stream().map(g -> g == null ? null : g.criterion())
                    .toList(), "specification"));
        }
        InvalidInputException.throwIfAny(problems);
    }

    private long applications(long vacancyId) {
        return em.createQuery("SELECT COUNT(a) FROM VacancyApplication a WHERE a.vacancyId = :v", Long.class)
                .setParameter("v", vacancyId).getSingleResult();
    }

    // ------------------------------------------------------------------ engineers

    /**
     * The open vacancies of every hospital matching the query, closing soonest first, in one statement: words in
     * the title, description or location; region; role profile; band; closing within so many days.
     */
    public List<Listed> open(Query query) {
        caller.check(Permissions.VACANCY_APPLY);
        LocalDate today = today();
        StringBuilder jpql = new StringBuilder("SELECT v FROM Vacancy v WHERE v.status = :open"
                + " AND v.closingDate >= :today");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("open", VacancyStatus.OPEN);
        parameters.put("today", today);
        Query q = query == null ? new Query(null, null, null, null, null) : query;
        if (q.text() != null && !q.text().isBlank()) {
            jpql.append(" AND (LOWER(v.title) LIKE :text OR LOWER(v.description) LIKE :text"
                    + " OR LOWER(v.location) LIKE :text)");
            parameters.put("text", Like.containing(q.text().trim().toLowerCase(Locale.ROOT)));
        }
        if (q.region() != null && !q.region().isBlank()) {
            jpql.append(" AND v.hospitalId IN (SELECT h.id FROM Hospital h WHERE h.region = :region)");
            parameters.put("region", q.region().trim());
        }
        if (q.roleCode() != null && !q.roleCode().isBlank()) {
            jpql.append(" AND v.roleCode = :role");
            parameters.put("role", q.roleCode().trim());
        }
        if (q.band() != null && !q.band().isBlank()) {
            jpql.append(" AND LOWER(v.band) = :band");
            parameters.put("band", q.band().trim().toLowerCase(Locale.ROOT));
        }
        if (q.closingWithinDays() != null) {
            if (q.closingWithinDays() < 0 || q.closingWithinDays() > 366) {
                throw InvalidInputException.of("closingWithinDays", "Give a number of days from 0 to 366.");
            }
            jpql.append(" AND v.closingDate <= :last");
            parameters.put("last", today.plusDays(q.closingWithinDays()));
        }
        jpql.append(" ORDER BY v.closingDate, v.id");
        // The vacancies' specifications and shortlisters in one statement each, and their hospitals in one more:
        // nothing per vacancy.
        // Read only: nothing here changes a vacancy, and the nested criteria read in batches must not be compared
        // for changes at the next flush.
        var typed = em.createQuery(jpql.toString(), Vacancy.class)
                .setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch", "v.specification")
                .setHint("eclipselink.batch", "v.shortlisters")
                .setHint("eclipselink.batch.type", "IN");
        parameters.forEach(typed::setParameter);
        List<Vacancy> found = typed.getResultList();
        Map<Long, Object[]> hospitals = new java.util.HashMap<>();
        Set<Long> ids = new HashSet<>();
        found.forEach(v -> ids.add(v.getHospitalId()));
        if (!ids.isEmpty()) {
            em.createQuery("SELECT h.id, h.code, h.name, h.region FROM Hospital h WHERE h.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> hospitals.put((Long) r[0], r));
        }
        return found.stream().map(v -> {
            Object[] h = hospitals.get(v.getHospitalId());
            return new Listed(v, (String) h[1], (String) h[2], (String) h[3]);
        }).toList();
    }

    /**
     * The open vacancies with the caller's eligibility for each: the caller's records read once for all of them,
     * so the statements run do not grow with the number of vacancies.
     */
    public List<WithEligibility> openWithEligibility(Query query) {
        List<Listed> listed = open(query);
        List<Criterion> all = new ArrayList<>();
        listed.forEach(l -> all.addAll(l.vacancy().criteria()));
        Eligibility.Judge judge = eligibility.forCaller(caller.accountId(), all);
        return listed.stream().map(l -> {
            var findings = judge.findings(l.vacancy().criteria());
            boolean essentialsNotMet = false;
            List<SpecCriterion> specification = l.vacancy().getSpecification();
            for (int i = 0; i < specification.size(); i++) {
                essentialsNotMet |= specification.get(i).isEssential() && findings.get(i).outcome()
                        == org.healthengineering.portal.domain.eligibility.FindingOutcome.NOT_MET;
            }
            return new WithEligibility(l, EligibilityEngine.summary(findings), essentialsNotMet);
        }).toList();
    }

    /** An open vacancy as an engineer reads it, with its hospital. */
    public Listed openOne(long id) {
        caller.check(Permissions.VACANCY_APPLY);
        Vacancy vacancy = em.find(Vacancy.class, id);
        if (vacancy == null || vacancy.getStatus() == VacancyStatus.DRAFT) {
            throw new NotFoundException(SUBJECT, id);
        }
        Hospital hospital = em.find(Hospital.class, vacancy.getHospitalId());
        return new Listed(vacancy, hospital.getCode(), hospital.getName(), hospital.getRegion());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String describe(Vacancy v) {
        return v.getTitle() + ", " + v.getBand() + ", " + v.getLocation() + ", " + v.getHoursPerWeek() + " h, closing "
                + v.getClosingDate() + ", criteria " + v.getSpecification().size();
    }
}
