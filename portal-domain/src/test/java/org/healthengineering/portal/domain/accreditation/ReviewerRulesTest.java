package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewerRulesTest {

    private static final Set<Long> MEMBERS = Set.of(50L, 51L);

    private static ReviewerRules.Candidate clear(long id) {
        return new ReviewerRules.Candidate(id, true);
    }

    @Test
    void oneReviewerForACourseTwoForAProgramme() {
        assertEquals(List.of(), ReviewerRules.problems(CourseKind.COURSE, List.of(clear(1)), MEMBERS));
        assertEquals(List.of(), ReviewerRules.problems(CourseKind.PROGRAMME, List.of(clear(1), clear(2)), MEMBERS));
        assertEquals(1, ReviewerRules.problems(CourseKind.PROGRAMME, List.of(clear(1)), MEMBERS).size());
        assertEquals(1, ReviewerRules.problems(CourseKind.EVENT, List.of(clear(1), clear(2)), MEMBERS).size());
        assertEquals(2, ReviewerRules.problems(CourseKind.PROGRAMME, List.of(clear(1), clear(1)), MEMBERS).size(),
                "the same person twice: not different, and only one");
    }

    @Test
    void neitherAProviderMemberNorAnUndeclaredConflict() {
        List<FieldProblem> problems = ReviewerRules.problems(CourseKind.PROGRAMME,
                List.of(clear(50), new ReviewerRules.Candidate(2, false)), MEMBERS);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).message().contains("member of the provider"));
        assertTrue(problems.get(1).message().contains("conflict of interest"));
    }
}
