package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewerRulesTest {

    private static final Set<Long> MEMBERS = Set.of(50L, 51L);

    @Test
    void oneReviewerForACourseTwoForAProgramme() {
        assertEquals(List.of(), ReviewerRules.problems(CourseKind.COURSE, List.of(1L), MEMBERS));
        assertEquals(List.of(), ReviewerRules.problems(CourseKind.PROGRAMME, List.of(1L, 2L), MEMBERS));
        assertEquals(1, ReviewerRules.problems(CourseKind.PROGRAMME, List.of(1L), MEMBERS).size());
        assertEquals(1, ReviewerRules.problems(CourseKind.EVENT, List.of(1L, 2L), MEMBERS).size());
        assertEquals(2, ReviewerRules.problems(CourseKind.PROGRAMME, List.of(1L, 1L), MEMBERS).size(),
                "the same person twice: not different, and only one");
    }

    @Test
    void neverAMemberOfTheProvider() {
        List<FieldProblem> problems = ReviewerRules.problems(CourseKind.PROGRAMME, List.of(50L, 2L), MEMBERS);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("member of the provider"));
    }
}
