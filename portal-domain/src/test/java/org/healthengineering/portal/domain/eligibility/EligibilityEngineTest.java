package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Holding;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Registration;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Verification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.healthengineering.portal.domain.eligibility.Fixtures.CENG;
import static org.healthengineering.portal.domain.eligibility.Fixtures.DAY;
import static org.healthengineering.portal.domain.eligibility.Fixtures.IMECHE;
import static org.healthengineering.portal.domain.eligibility.Fixtures.MENTOR;
import static org.healthengineering.portal.domain.eligibility.Fixtures.NAMES;
import static org.healthengineering.portal.domain.eligibility.Fixtures.ids;
import static org.healthengineering.portal.domain.eligibility.Fixtures.judge;
import static org.healthengineering.portal.domain.eligibility.Fixtures.self;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityEngineTest {

    private static EligibilityFacts years(Integer years) {
        return EligibilityFacts.builder().yearsExperience(years).build();
    }

    @Test
    void experienceIsTheProfilesOwnWord() {
        Finding enough = judge(Criterion.experience(5), years(7));
        assertEquals(FindingOutcome.MET_OWN_WORD, enough.outcome());
        assertEquals("7 years of experience on your profile, for the 5 asked, as you entered them.", enough.reason());
        assertEquals(List.of(new RecordRef(RecordRef.Kind.PROFILE, null, "Your profile")), enough.records());
        assertEquals(FindingOutcome.MET_OWN_WORD, judge(Criterion.experience(5), years(5)).outcome(), "exactly enough");

        Finding shortOf = judge(Criterion.experience(5), years(1));
        assertEquals(FindingOutcome.NOT_MET, shortOf.outcome());
        assertEquals("1 year of experience on your profile, short of the 5 asked.", shortOf.reason());
        assertEquals(FindingOutcome.NOT_MET, judge(Criterion.experience(5), years(4)).outcome());

        Finding missing = judge(Criterion.experience(1), years(null));
        assertEquals(FindingOutcome.NOT_MET, missing.outcome());
        assertEquals("Your years of experience are not on your profile yet.", missing.reason());
    }

    @Test
    void readinessAtThePercentageIsMetOnOwnWord() {
        EligibilityFacts facts = EligibilityFacts.builder().readiness("CHE", 70).build();
        Finding equal = judge(Criterion.readiness("CHE", 70), facts);
        assertEquals(FindingOutcome.MET_OWN_WORD, equal.outcome(), "equal to the percentage is met");
        assertEquals("Your readiness for Chief Healthcare Engineer is 70%, reaching the 70% asked; it counts what you"
                + " entered yourself as well as verified records.", equal.reason());
        assertEquals(List.of(new RecordRef(RecordRef.Kind.ROLE, "CHE", "Chief Healthcare Engineer")), equal.records());

        Finding shortOf = judge(Criterion.readiness("CHE", 71), facts);
        assertEquals(FindingOutcome.NOT_MET, shortOf.outcome());
        assertEquals("Your readiness for Chief Healthcare Engineer is 70%, short of the 71% asked.", shortOf.reason());

        Finding none = judge(Criterion.readiness("OTHER", 10), facts);
        assertEquals(FindingOutcome.NOT_MET, none.outcome());
        assertEquals("There is no readiness figure for OTHER.", none.reason());
    }

    @Test
    void freeTextIsAlwaysForAPersonToJudge() {
        EligibilityFacts everything = EligibilityFacts.builder().yearsExperience(30).readiness("CHE", 100)
                .holding(new Holding(1, CENG, LocalDate.of(2000, 1, 1), null, new Verification(MENTOR, DAY)))
                .build();
        Finding finding = judge(Criterion.freeText("Experience of leading a team through an estates project"),
                everything);
        assertEquals(FindingOutcome.TO_JUDGE, finding.outcome());
        assertEquals("Experience of leading a team through an estates project", finding.requirement());
        assertEquals("A person judges this from what you write in your application.", finding.reason());
        assertTrue(finding.records().isEmpty());
        assertFalse(finding.outcome().met());
    }

    @Test
    void oneFindingPerCriterionInOrderWithWhatItAsksAndTheCounts() {
        List<Criterion> criteria = List.of(Criterion.freeText("Leads a team"), Criterion.qualification(CENG, true),
                Criterion.registration(IMECHE), Criterion.experience(10), Criterion.competency(10, 2, false),
                Criterion.freeText("Speaks to the board"));
        EligibilityFacts facts = EligibilityFacts.builder()
                .holding(new Holding(5, CENG, LocalDate.of(2000, 1, 1), null, new Verification(MENTOR, DAY)))
                .registration(IMECHE, new Registration(LocalDate.of(2010, 1, 1), false))
                .yearsExperience(3).levels(10, self(2, 7), null).build();
        List<Finding> findings = EligibilityEngine.judge(criteria, facts, DAY, NAMES);
        assertEquals(criteria, findings.stream().map(Finding::criterion).toList());
        assertEquals(List.of(FindingOutcome.TO_JUDGE, FindingOutcome.MET_VERIFIED, FindingOutcome.MET_OWN_WORD,
                FindingOutcome.NOT_MET, FindingOutcome.MET_OWN_WORD, FindingOutcome.TO_JUDGE),
                findings.stream().map(Finding::outcome).toList());
        assertEquals("CEng, held, unexpired and verified", findings.get(1).requirement());
        assertEquals(List.of("HOLDING:5"), ids(findings.get(1)));

        FindingCounts counts = EligibilityEngine.summary(findings);
        assertEquals(new FindingCounts(1, 2, 1, 2), counts);
        assertEquals(3, counts.met());
        assertEquals(6, counts.total());
        assertEquals(2, counts.count(FindingOutcome.TO_JUDGE));
        assertEquals("1 met and verified, 2 met on your own word, 1 not met and 2 for a person to judge.",
                counts.inWords());
        assertEquals("No criteria.", FindingCounts.of(List.of()).inWords());
        assertEquals("1 not met.", FindingCounts.of(findings.subList(3, 4)).inWords());
        assertTrue(EligibilityEngine.judge(List.of(), facts, DAY, NAMES).isEmpty());
    }

    @Test
    void outcomesAreWordedForPeople() {
        assertEquals("Met and verified", FindingOutcome.MET_VERIFIED.getLabel());
        assertEquals("Met on your own word", FindingOutcome.MET_OWN_WORD.getLabel());
        assertTrue(FindingOutcome.MET_OWN_WORD.met());
        assertFalse(FindingOutcome.NOT_MET.met());
        for (FindingOutcome outcome : FindingOutcome.values()) {
            assertFalse(outcome.getLabel().contains("_"), outcome.getLabel());
        }
        for (CriterionKind kind : CriterionKind.values()) {
            assertFalse(kind.getLabel().contains("_"), kind.getLabel());
        }
    }

    @Test
    void factsAreImmutableAndAVerifiedLevelComesFromAMentorOrAnAssessor() {
        EligibilityFacts facts = EligibilityFacts.builder().readiness("CHE", 50).build();
        assertThrows(UnsupportedOperationException.class, () -> facts.readiness().put("X", 1));
        assertThrows(IllegalArgumentException.class,
                () -> new EligibilityFacts.CompetencyLevels(self(3, 1), self(3, 1)));
        EligibilityFacts empty = new EligibilityFacts(null, null, null, null, null, null, null, null, null);
        assertTrue(empty.qualifications().isEmpty() && empty.competencies().isEmpty() && empty.cpd().isEmpty());
    }
}
