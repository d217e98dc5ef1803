package org.healthengineering.portal.domain.cpdaudit;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.healthengineering.portal.domain.cpdaudit.Grade.MET;
import static org.healthengineering.portal.domain.cpdaudit.Grade.NOT_MET;
import static org.healthengineering.portal.domain.cpdaudit.Grade.PARTLY_MET;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ModerationTest {

    /** HCPC's five standards, by number. */
    private static final Set<String> STANDARDS = Set.of("1", "2", "3", "4", "5");

    private static Map<String, Grade> all(Grade grade) {
        return Map.of("1", grade, "2", grade, "3", grade, "4", grade, "5", grade);
    }

    @Test
    void agreeingAssessorsDecide() {
        assertEquals(Moderation.Verdict.MEETS, Moderation.verdict(STANDARDS, all(MET), all(MET), Optional.empty()));
        Map<String, Grade> onePartly = Map.of("1", MET, "2", MET, "3", PARTLY_MET, "4", MET, "5", MET);
        assertEquals(Moderation.Verdict.MORE_INFORMATION,
                Moderation.verdict(STANDARDS, onePartly, onePartly, Optional.empty()));
        Map<String, Grade> oneNot = Map.of("1", MET, "2", PARTLY_MET, "3", NOT_MET, "4", MET, "5", MET);
        assertEquals(Moderation.Verdict.DOES_NOT_MEET, Moderation.verdict(STANDARDS, oneNot, oneNot, Optional.empty()));
    }

    @Test
    void aDisagreementWaitsForTheModeratorWhoseGradeStandsWhereTheyDiffer() {
        Map<String, Grade> second = Map.of("1", MET, "2", MET, "3", NOT_MET, "4", MET, "5", MET);
        assertEquals(Set.of("3"), Moderation.disputed(STANDARDS, all(MET), second));
        assertEquals(Moderation.Verdict.NEEDS_MODERATION,
                Moderation.verdict(STANDARDS, all(MET), second, Optional.empty()));
        assertEquals(Moderation.Verdict.NEEDS_MODERATION,
                Moderation.verdict(STANDARDS, all(MET), second, Optional.of(Map.of("1", MET))), "not on the disputed one");
        assertEquals(Moderation.Verdict.MEETS,
                Moderation.verdict(STANDARDS, all(MET), second, Optional.of(Map.of("3", MET))));
        assertEquals(Moderation.Verdict.DOES_NOT_MEET,
                Moderation.verdict(STANDARDS, all(MET), second, Optional.of(Map.of("3", NOT_MET))));
        assertEquals(Moderation.Verdict.MORE_INFORMATION,
                Moderation.verdict(STANDARDS, all(MET), second, Optional.of(Map.of("3", PARTLY_MET))));
    }

    @Test
    void aStandardNotGradedByBothLeavesTheProfileIncomplete() {
        assertEquals(Moderation.Verdict.INCOMPLETE,
                Moderation.verdict(STANDARDS, all(MET), Map.of("1", MET), Optional.empty()));
        assertEquals(Moderation.Verdict.INCOMPLETE, Moderation.verdict(Set.of(), Map.of(), Map.of(), Optional.empty()));
    }
}
