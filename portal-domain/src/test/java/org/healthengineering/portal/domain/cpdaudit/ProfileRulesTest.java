package org.healthengineering.portal.domain.cpdaudit;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileRulesTest {

    private static final Set<Long> LOGGED = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);

    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "word"));
    }

    @Test
    void wordsAreCountedAsAReaderCountsThem() {
        assertEquals(0, ProfileRules.words(null));
        assertEquals(0, ProfileRules.words("  \n "));
        assertEquals(4, ProfileRules.words("I calibrated 12 pumps."));
        assertEquals(4, ProfileRules.words("the engineer's re-calibrated ventilators"), "inner apostrophes and hyphens join");
        assertEquals(2, ProfileRules.words("pumps -- alarms"), "a dash between words is not a word");
        assertEquals(3, ProfileRules.words("Łukasz Żółć-Nguyễn 検査"), "letters of every script");
    }

    @Test
    void theLimitsAreInclusiveAndEveryProblemIsListed() {
        assertEquals(List.of(), ProfileRules.problems(words(500), words(1500), List.of(1L, 2L, 3L, 4L), LOGGED));
        assertEquals(List.of(), ProfileRules.problems(words(1), words(1), List.of(1L, 2L, 3L, 4L, 5L, 6L), LOGGED));
        List<FieldProblem> problems = ProfileRules.problems(words(501), words(1501), List.of(1L, 2L, 9L), LOGGED);
        assertEquals(List.of("summary", "statement", "activities", "activities"),
                problems.stream().map(FieldProblem::field).toList());
        assertTrue(problems.get(0).message().contains("it has 501"));
        assertTrue(problems.get(2).message().contains("3 are chosen"));
        assertTrue(problems.get(3).message().contains("only activities you logged"));
    }

    @Test
    void sevenActivitiesOrOneTwiceAreRefused() {
        assertEquals(List.of("activities"), ProfileRules.problems(words(5), words(5),
                List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), LOGGED).stream().map(FieldProblem::field).toList());
        assertEquals(List.of("activities", "activities"), ProfileRules.problems(words(5), words(5),
                List.of(1L, 1L, 2L, 3L), LOGGED).stream().map(FieldProblem::field).toList(), "once each, and then only 3");
        assertEquals(List.of("summary", "statement", "activities"), ProfileRules.problems("", null, null, LOGGED)
                .stream().map(FieldProblem::field).toList());
    }
}
