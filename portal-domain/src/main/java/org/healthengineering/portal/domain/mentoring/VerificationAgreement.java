package org.healthengineering.portal.domain.mentoring;

import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * Whether the verifiers of one engineer's competency agree: each verifier's latest level counts, and levels more
 * than one apart flag the competency for an assessor.
 */
public final class VerificationAgreement {

    /** Levels further apart than this are a disagreement. */
    public static final int TOLERANCE = 1;

    private VerificationAgreement() {
    }

    /** The latest level each mentor or assessor gave, by verifier. */
    public static Map<Long, Integer> latestByVerifier(List<CompetencyAssessment> history) {
        Map<Long, Integer> latest = new HashMap<>();
        history.stream().filter(a -> a.getSource() != AssessmentSource.SELF)
                .sorted(Comparator.comparing(CompetencyAssessment::getAssessedAt)
                        .thenComparing(CompetencyAssessment::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> latest.put(a.getAssessorId(), a.getLevel()));
        return latest;
    }

    public static boolean disagree(List<CompetencyAssessment> history) {
        IntSummaryStatistics levels = latestByVerifier(history).values().stream().mapToInt(Integer::intValue)
                .summaryStatistics();
        return levels.getCount() >= 2 && levels.getMax() - levels.getMin() > TOLERANCE;
    }
}
