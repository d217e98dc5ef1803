package org.healthengineering.portal.application.framework;

import jakarta.persistence.EntityManager;

import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.List;

/**
 * Checks that a level is on the scale of a competency of a published framework: for role requirements, mentors
 * and verifiers.
 */
public final class CompetencyScale {

    private CompetencyScale() {
    }

    /** The competency, or null with a problem added for {@code field}. */
    public static Competency check(EntityManager em, long competencyId, int level, String field, List<FieldProblem> problems) {
        Competency competency = em.find(Competency.class, competencyId);
        Framework framework = competency == null ? null : em.find(Framework.class, competency.getFrameworkId());
        if (framework == null || framework.getStatus() != FrameworkStatus.PUBLISHED) {
            problems.add(new FieldProblem(field, "Competency " + competencyId + " is not in a published framework."));
            return null;
        }
        if (framework.level(level).isEmpty()) {
            problems.add(new FieldProblem(field, "Level " + level + " for " + competency.displayName()
                    + " is not on its framework's scale (1–" + framework.highestLevel() + ")."));
            return null;
        }
        return competency;
    }
}
