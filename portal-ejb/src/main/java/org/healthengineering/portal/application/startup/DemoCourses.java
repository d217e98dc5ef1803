package org.healthengineering.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.accreditation.VerifiedCpd;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.accreditation.CompletionRow;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseCompletion;
import org.healthengineering.portal.domain.accreditation.CourseContent;
import org.healthengineering.portal.domain.accreditation.CourseDecision;
import org.healthengineering.portal.domain.accreditation.CourseKind;
import org.healthengineering.portal.domain.accreditation.CourseSession;
import org.healthengineering.portal.domain.accreditation.Delivery;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.cpdaudit.Grade;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's accreditation (issue 11), all synthetic: the demo provider's courses at the body IPEM in four states
 * (approved with completions, one of them Ada's verified CPD; submitted and waiting for the body's check; a
 * programme under review by the demo assessor and body administrator; a draft), so that each demo role has
 * something to look at. Called from {@link DemoData} inside its transaction.
 */
@ApplicationScoped
public class DemoCourses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VerifiedCpd verifiedCpd;

    void load(TrainingProvider provider, LocalDate today) {
        Instant now = clock.instant();
        ProfessionalBody body = em.createQuery("SELECT b FROM ProfessionalBody b WHERE b.code = 'IPEM'",
                ProfessionalBody.class).getSingleResult();
        long gus = account("gus.assessor@demo.example.org");
        long hal = account("hal.body@demo.example.org");
        List<String> criteria = body.getAccreditationCriteria();

        Course approved = persist(Course.draft(provider.getId(), body.getId(), content("Infusion device safety (demo)",
                CourseKind.COURSE, "Synthetic demo course: setting up, checking and reporting on infusion pumps.",
                List.of(session(today.minusDays(50), "7", "1"), session(today.minusDays(49), "4", "0")),
                List.of(outcome("Set up and check an infusion pump safely (demo)", "TECH.2", 3),
                        outcome("Report a device incident well (demo)", "TECH.3", 2))), now));
        approved.submit(today.minusDays(60), now);
        approved.checkAdministratively(true, null, now);
        approved.assignReviewers(List.of(gus), provider.getMemberIds(), now);
        approved.review(gus, true, criteria.stream().map(c -> new Course.JudgementInput(c, Grade.MET, null)).toList(),
                CourseDecision.APPROVED, "Synthetic demo review: a sound course.", criteria, now);
        approved.decide(new Course.DecisionInput(CourseDecision.APPROVED, "Synthetic demo decision.",
                today.minusDays(55), today.plusYears(3), List.of()), body.getDailyCreditCap(),
                approved.approvalCodeFor(body.getCode(), today), today, now);
        complete(approved, provider, "ada.engineer@demo.example.org", today.minusDays(49), new BigDecimal("10"));
        complete(approved, provider, "not.yet.registered@demo.example.org", today.minusDays(49), new BigDecimal("6"));

        Course submitted = persist(Course.draft(provider.getId(), body.getId(), content(
                "Medical device management essentials (demo)", CourseKind.EVENT,
                "Synthetic demo event: an inventory, a risk-based maintenance plan and the rules behind them.",
                List.of(session(today.plusDays(30), "6", "1")),
                List.of(outcome("Keep a medical device inventory (demo)", "TECH.1", 2))), now));
        submitted.submit(today, now);

        Course programme = persist(Course.draft(provider.getId(), body.getId(), content(
                "Clinical engineering leadership programme (demo)", CourseKind.PROGRAMME,
                "Synthetic demo programme: six days over three months for engineers moving into leadership.",
                List.of(session(today.plusDays(40), "7", "1"), session(today.plusDays(70), "7", "1"),
                        session(today.plusDays(100), "7", "1")),
                List.of(outcome("Lead an engineering service (demo)", "LEAD.1", 3))), now));
        programme.submit(today.minusDays(3), now);
        programme.checkAdministratively(true, null, now);
        programme.assignReviewers(List.of(gus, hal), provider.getMemberIds(), now);

        persist(Course.draft(provider.getId(), body.getId(), content("Imaging quality assurance e-learning (demo)",
                CourseKind.E_LEARNING, "Synthetic demo e-learning: quality assurance of imaging equipment.",
                List.of(session(today.plusDays(20), "3", "0")),
                List.of(outcome("Plan imaging QA checks (demo)", "TECH.2", 2))), now));
    }

    private void complete(Course course, TrainingProvider provider, String email, LocalDate on, BigDecimal hours) {
        CompletionRow row = new CompletionRow("demo.", email, on, hours);
        if (course.completionProblem(row, LocalDate.now(clock)).isPresent()) {
            throw new IllegalStateException("demo completion refused: " + course.completionProblem(row,
                    LocalDate.now(clock)));
        }
        CourseCompletion completion = new CourseCompletion(course.getId(), email, on, hours,
                provider.getMemberIds().iterator().next(), clock.instant());
        Long accountId = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().map(Account::getId).findFirst().orElse(null);
        if (accountId != null) {
            verifiedCpd.add(accountId, completion, course, provider.getName(), clock.instant());
        }
        em.persist(completion);
    }

    private CourseContent content(String title, CourseKind kind, String summary, List<CourseSession> sessions,
                                  List<CourseContent.Outcome> outcomes) {
        return new CourseContent(title, kind, summary, "Clinical engineers and technologists (demo)",
                Delivery.IN_PERSON, "Synthetic Training Centre, Demo City", "Two synthetic demo trainers",
                "A practical assessment at the bench (demo)", "Feedback forms at the end and after three months (demo)",
                false, null, sessions, outcomes);
    }

    private static CourseSession session(LocalDate day, String contact, String breaks) {
        return new CourseSession(day, new BigDecimal(contact), new BigDecimal(breaks));
    }

    private CourseContent.Outcome outcome(String text, String competencyCode, int level) {
        long competencyId = em.createQuery("SELECT c.id FROM Competency c WHERE c.frameworkId = 1 AND c.code = :code",
                Long.class).setParameter("code", competencyCode).getSingleResult();
        return new CourseContent.Outcome(text, competencyId, level);
    }

    private Course persist(Course course) {
        em.persist(course);
        em.flush();
        return course;
    }

    private long account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult()
                .getId();
    }
}
