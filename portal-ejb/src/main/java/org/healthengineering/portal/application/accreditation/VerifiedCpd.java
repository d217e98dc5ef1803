package org.healthengineering.portal.application.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseCompletion;
import org.healthengineering.portal.domain.accreditation.LearningOutcome;
import org.healthengineering.portal.domain.cpd.ActivityCompetency;
import org.healthengineering.portal.domain.cpd.CpdActivity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns one completion into its engineer's verified CPD activity, linked to the competencies the course builds
 * (each at the highest level its outcomes name). Not a use case itself: the caller (recording completions, an
 * account's email proven, demo data) has decided that it may, inside its own transaction.
 */
@ApplicationScoped
public class VerifiedCpd {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Adds the verified activity for an account and links the completion to it. */
    public CpdActivity add(long accountId, CourseCompletion completion, Course course, String providerName,
                           Instant now) {
        CpdActivity activity = CpdActivity.verified(accountId, course.getId(), course.getTitle(),
                course.verifiedSource(providerName), completion.getCompletedOn(), completion.getHours(), now);
        em.persist(activity);
        em.flush();
        completion.linkTo(accountId, activity.getId());
        linkCompetencies(activity, course);
        return activity;
    }

    /** Records the competencies the course builds as built by the activity. */
    void linkCompetencies(CpdActivity activity, Course course) {
        Map<Long, Integer> levels = new HashMap<>();
        for (LearningOutcome outcome : course.getOutcomes()) {
            levels.merge(outcome.getCompetencyId(), outcome.getLevel(), Math::max);
        }
        levels.forEach((competency, level) -> em.persist(new ActivityCompetency(activity.getId(), competency, level)));
    }
}
