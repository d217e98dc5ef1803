package org.healthengineering.portal.domain.cpdaudit;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessorRulesTest {

    private static final long REGISTRANT = 1;

    private static AssessorRules.Candidate first(long id, String title) {
        return new AssessorRules.Candidate("first", id, true, title);
    }

    private static AssessorRules.Candidate second(long id, String title) {
        return new AssessorRules.Candidate("second", id, true, title);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void oneAssessorOfTheRegistrantsTitleIsEnoughWhereOneExists() {
        assertEquals(List.of(), AssessorRules.pairProblems(first(2, " ceng "), second(3, null), REGISTRANT, "CEng", true));
        assertEquals(List.of("first"), fields(AssessorRules.pairProblems(first(2, "IEng"), second(3, null), REGISTRANT,
                "CEng", true)));
    }

    @Test
    void withoutAnAssessorOfThatTitleAnyTwoWillDo() {
        assertEquals(List.of(), AssessorRules.pairProblems(first(2, "IEng"), second(3, null), REGISTRANT, "CEng", false));
        assertEquals(List.of(), AssessorRules.pairProblems(first(2, "IEng"), second(3, null), REGISTRANT, null, true));
    }

    @Test
    void neverTheRegistrantNorOnePersonTwiceNorSomeoneWithoutTheRole() {
        List<FieldProblem> problems = AssessorRules.pairProblems(first(REGISTRANT, "CEng"), second(REGISTRANT, "CEng"),
                REGISTRANT, "CEng", true);
        assertEquals(List.of("first", "second", "second"), fields(problems), problems.toString());
        AssessorRules.Candidate notAssessor = new AssessorRules.Candidate("second", 4, false, "CEng");
        assertEquals(List.of("second"), fields(AssessorRules.pairProblems(first(2, "CEng"), notAssessor, REGISTRANT,
                "CEng", true)));
    }

    @Test
    void theModeratorIsAThirdPerson() {
        assertEquals(List.of(), AssessorRules.moderatorProblems(new AssessorRules.Candidate("moderator", 9, true, null),
                REGISTRANT, 2, 3));
        assertTrue(AssessorRules.moderatorProblems(new AssessorRules.Candidate("moderator", 3, true, null), REGISTRANT,
                2, 3).get(0).message().contains("third"));
        assertEquals(1, AssessorRules.moderatorProblems(new AssessorRules.Candidate("moderator", REGISTRANT, true, null),
                REGISTRANT, 2, 3).size());
    }
}
