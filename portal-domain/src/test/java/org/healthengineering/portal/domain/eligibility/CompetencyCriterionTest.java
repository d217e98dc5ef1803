package org.healthengineering.portal.domain.eligibility;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.healthengineering.portal.domain.eligibility.Fixtures.ids;
import static org.healthengineering.portal.domain.eligibility.Fixtures.judge;
import static org.healthengineering.portal.domain.eligibility.Fixtures.mentor;
import static org.healthengineering.portal.domain.eligibility.Fixtures.self;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompetencyCriterionTest {

    private static final long C = 10, EQUIVALENT = 205;

    @Test
    void aVerifiedLevelAtOrAboveTheMinimumIsMetAndVerifiedEitherWay() {
        EligibilityFacts facts = EligibilityFacts.builder().levels(C, mentor(4, 102), mentor(4, 102)).build();
        for (boolean verifiedOnly : new boolean[] {false, true}) {
            Finding finding = judge(Criterion.competency(C, 3, verifiedOnly), facts);
            assertEquals(FindingOutcome.MET_VERIFIED, finding.outcome());
            assertEquals("Level 4, above the 3 asked, verified by Dev Mentor (mentor) on 4 Jun 2024.",
                    finding.reason());
            assertEquals(List.of(new RecordRef(RecordRef.Kind.ASSESSMENT, "102",
                    "Verified level 4 in C10 Competency 10 (Framework 0)")), finding.records());
        }
        assertEquals("Level 4 of 4, verified by Dev Mentor (mentor) on 4 Jun 2024.",
                judge(Criterion.competency(C, 4, true), facts).reason(), "equal to the minimum is met");
        assertEquals(FindingOutcome.NOT_MET, judge(Criterion.competency(C, 5, false), facts).outcome());
    }

    @Test
    void anOwnLevelIsMetOnOwnWordUnlessOnlyAVerifiedLevelCounts() {
        EligibilityFacts facts = EligibilityFacts.builder().levels(C, self(3, 101), null).build();
        Finding own = judge(Criterion.competency(C, 3, false), facts);
        assertEquals(FindingOutcome.MET_OWN_WORD, own.outcome());
        assertEquals("Your own level 3 of 3; not verified by a mentor or an assessor.", own.reason());
        assertEquals(List.of("ASSESSMENT:101"), ids(own));

        Finding strict = judge(Criterion.competency(C, 3, true), facts);
        assertEquals(FindingOutcome.NOT_MET, strict.outcome());
        assertEquals("Your own level 3 of 3; not verified by a mentor or an assessor, which this criterion requires.",
                strict.reason());
        assertEquals(List.of("ASSESSMENT:101"), ids(strict));
    }

    @Test
    void anOwnLevelAboveALowerVerifiedOneSaysBoth() {
        // The engineer assessed themselves at 4 after a mentor verified 2.
        EligibilityFacts facts = EligibilityFacts.builder().levels(C, self(4, 103), mentor(2, 102)).build();
        Finding own = judge(Criterion.competency(C, 3, false), facts);
        assertEquals(FindingOutcome.MET_OWN_WORD, own.outcome());
        assertEquals("Your own level 4, above the 3 asked; Dev Mentor (mentor) verified level 2 on 4 Jun 2024.",
                own.reason());
        assertEquals(List.of("ASSESSMENT:103", "ASSESSMENT:102"), ids(own));

        Finding strict = judge(Criterion.competency(C, 3, true), facts);
        assertEquals(FindingOutcome.NOT_MET, strict.outcome());
        assertEquals("Your own level 4, above the 3 asked; Dev Mentor (mentor) verified level 2 on 4 Jun 2024, and this"
                + " criterion requires a verified level 3.", strict.reason());
    }

    @Test
    void levelsBelowTheMinimumAreNotMetAndSayWhichLevelWasReached() {
        Finding own = judge(Criterion.competency(C, 3, false),
                EligibilityFacts.builder().levels(C, self(2, 101), null).build());
        assertEquals(FindingOutcome.NOT_MET, own.outcome());
        assertEquals("Your own level 2 of 3.", own.reason());

        // A mentor's verification made after the engineer's own is their current level too.
        Finding verified = judge(Criterion.competency(C, 3, false),
                EligibilityFacts.builder().levels(C, mentor(2, 102), mentor(2, 102)).build());
        assertEquals(FindingOutcome.NOT_MET, verified.outcome());
        assertEquals("Level 2 of 3, verified by Dev Mentor (mentor) on 4 Jun 2024.", verified.reason());
        assertEquals(List.of("ASSESSMENT:102"), ids(verified));
    }

    @Test
    void aCompetencyNotAssessedIsNotMet() {
        Finding finding = judge(Criterion.competency(C, 1, false), EligibilityFacts.none());
        assertEquals(FindingOutcome.NOT_MET, finding.outcome());
        assertEquals("Not assessed yet.", finding.reason());
        assertTrue(finding.records().isEmpty());
        assertEquals("Not assessed yet; this criterion requires a level verified by a mentor or an assessor.",
                judge(Criterion.competency(C, 1, true), EligibilityFacts.none()).reason());
    }

    @Test
    void anExactMatchInAnotherFrameworkCountsAndIsNamed() {
        EligibilityFacts own = EligibilityFacts.builder().levels(C, self(1, 101), null)
                .levels(EQUIVALENT, self(3, 201), null).exactMatch(C, EQUIVALENT).build();
        Finding finding = judge(Criterion.competency(C, 3, false), own);
        assertEquals(FindingOutcome.MET_OWN_WORD, finding.outcome());
        assertEquals("Your own level 3 of 3; not verified by a mentor or an assessor. Counted through the exact-match"
                + " equivalent C205 in Framework 2.", finding.reason());
        assertEquals(List.of(new RecordRef(RecordRef.Kind.ASSESSMENT, "201",
                "Your level 3 in C205 Competency 205 (Framework 2)")), finding.records());

        EligibilityFacts verified = EligibilityFacts.builder().levels(EQUIVALENT, mentor(3, 202), mentor(3, 202))
                .exactMatch(EQUIVALENT, C).build();
        Finding met = judge(Criterion.competency(C, 3, true), verified);
        assertEquals(FindingOutcome.MET_VERIFIED, met.outcome());
        assertEquals("Level 3 of 3, verified by Dev Mentor (mentor) on 4 Jun 2024. Counted through the exact-match"
                + " equivalent C205 in Framework 2.", met.reason());
    }

    @Test
    void anExactMatchCountsInEitherDirectionAndTheCompetencysOwnLevelWinsATie() {
        EligibilityFacts facts = EligibilityFacts.builder().levels(C, self(3, 101), null)
                .levels(EQUIVALENT, self(3, 201), null).exactMatch(C, EQUIVALENT).build();
        assertEquals(List.of("ASSESSMENT:101"), ids(judge(Criterion.competency(C, 3, false), facts)));
        assertEquals(List.of("ASSESSMENT:201"), ids(judge(Criterion.competency(EQUIVALENT, 3, false), facts)));
        // Without the match, the other framework's level does not count.
        EligibilityFacts unmatched = EligibilityFacts.builder().levels(EQUIVALENT, mentor(5, 202), mentor(5, 202))
                .build();
        assertEquals(FindingOutcome.NOT_MET, judge(Criterion.competency(C, 1, false), unmatched).outcome());
    }

    @Test
    void aVerifiedLevelInAnEquivalentBesideAnOwnLevelSaysWhere() {
        EligibilityFacts facts = EligibilityFacts.builder().levels(C, self(4, 101), null)
                .levels(EQUIVALENT, mentor(2, 202), mentor(2, 202)).exactMatch(C, EQUIVALENT).build();
        Finding finding = judge(Criterion.competency(C, 3, true), facts);
        assertEquals(FindingOutcome.NOT_MET, finding.outcome());
        assertEquals("Your own level 4, above the 3 asked; Dev Mentor (mentor) verified level 2 on 4 Jun 2024, in the"
                + " exact-match equivalent C205 in Framework 2, and this criterion requires a verified level 3.",
                finding.reason());
    }

    @Test
    void aParentIsReachedThroughItsRollUpRuleOnOwnAndOnVerifiedLevels() {
        long parent = 300, a = 301, b = 302, c = 303;
        EligibilityFacts own = EligibilityFacts.builder()
                .rollUp(parent, RollUpRule.points(2), List.of(a, b, c))
                .levels(a, self(3, 3011), null).levels(b, self(4, 3021), null).levels(c, self(1, 3031), null)
                .build();
        Finding finding = judge(Criterion.competency(parent, 3, false), own);
        assertEquals(FindingOutcome.MET_OWN_WORD, finding.outcome());
        assertEquals("Your own level 3 of 3, reached through its sub-competencies (2 of its 3 at level 3 or above);"
                + " not verified by a mentor or an assessor.", finding.reason());
        assertEquals(List.of("ASSESSMENT:3011", "ASSESSMENT:3021"), ids(finding));
        assertEquals(FindingOutcome.NOT_MET, judge(Criterion.competency(parent, 3, true), own).outcome());

        EligibilityFacts verified = EligibilityFacts.builder()
                .rollUp(parent, RollUpRule.allChildren(), List.of(a, b))
                .levels(a, mentor(3, 3012), mentor(3, 3012)).levels(b, mentor(5, 3022), mentor(5, 3022))
                .levels(parent, self(1, 3001), null)
                .build();
        Finding met = judge(Criterion.competency(parent, 3, true), verified);
        assertEquals(FindingOutcome.MET_VERIFIED, met.outcome());
        assertEquals("Level 3 of 3, reached through its sub-competencies (all 2 verified at level 3 or above).",
                met.reason());
        assertEquals(List.of("ASSESSMENT:3012", "ASSESSMENT:3022"), ids(met));
    }
}
