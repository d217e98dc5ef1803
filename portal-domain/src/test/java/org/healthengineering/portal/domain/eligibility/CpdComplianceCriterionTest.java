package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.eligibility.EligibilityFacts.CycleResult;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Registration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.healthengineering.portal.domain.eligibility.Fixtures.IMECHE;
import static org.healthengineering.portal.domain.eligibility.Fixtures.ids;
import static org.healthengineering.portal.domain.eligibility.Fixtures.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpdComplianceCriterionTest {

    private static final Registration REGISTERED = new Registration(LocalDate.of(2019, 1, 1), false);
    private static final CycleResult PREVIOUS_MET = new CycleResult(LocalDate.of(2022, 1, 1),
            LocalDate.of(2024, 12, 31), true);
    private static final CycleResult PREVIOUS_NOT_MET = new CycleResult(LocalDate.of(2022, 1, 1),
            LocalDate.of(2024, 12, 31), false);
    private static final CycleResult CURRENT_MET = new CycleResult(LocalDate.of(2025, 1, 1),
            LocalDate.of(2027, 12, 31), true);
    private static final CycleResult CURRENT_NOT_MET = new CycleResult(LocalDate.of(2025, 1, 1),
            LocalDate.of(2027, 12, 31), false);

    private static EligibilityFacts facts(CycleResult current, CycleResult previous) {
        return EligibilityFacts.builder().registration(IMECHE, REGISTERED).cpd(IMECHE, current, previous).build();
    }

    @Test
    void aCompliantCycleIsMetOnOwnWordWithTheCycleToLinkTo() {
        Finding current = judge(Criterion.cpdCompliance(IMECHE, CpdCycle.CURRENT),
                facts(CURRENT_MET, PREVIOUS_NOT_MET));
        assertEquals(FindingOutcome.MET_OWN_WORD, current.outcome());
        assertEquals("Your current cycle with IMechE (1 Jan 2025 to 31 Dec 2027) meets the body's CPD requirements, on"
                + " the CPD you logged yourself.", current.reason());
        assertEquals(List.of(new RecordRef(RecordRef.Kind.CPD_CYCLE, "7/2025-01-01",
                "Current cycle with IMechE, 1 Jan 2025 to 31 Dec 2027")), current.records());

        Finding previous = judge(Criterion.cpdCompliance(IMECHE, CpdCycle.PREVIOUS), facts(CURRENT_NOT_MET,
                PREVIOUS_MET));
        assertEquals(FindingOutcome.MET_OWN_WORD, previous.outcome());
        assertEquals("Your previous cycle with IMechE (1 Jan 2022 to 31 Dec 2024) met the body's CPD requirements, on"
                + " the CPD you logged yourself.", previous.reason());
        assertEquals(List.of("CPD_CYCLE:7/2022-01-01"), ids(previous));
    }

    @Test
    void aCycleThatDoesNotMeetTheRequirementsIsNotMet() {
        Finding current = judge(Criterion.cpdCompliance(IMECHE, CpdCycle.CURRENT),
                facts(CURRENT_NOT_MET, PREVIOUS_MET));
        assertEquals(FindingOutcome.NOT_MET, current.outcome());
        assertEquals("Your current cycle with IMechE (1 Jan 2025 to 31 Dec 2027) does not yet meet the body's CPD"
                + " requirements.", current.reason());

        Finding previous = judge(Criterion.cpdCompliance(IMECHE, CpdCycle.PREVIOUS), facts(CURRENT_MET,
                PREVIOUS_NOT_MET));
        assertEquals(FindingOutcome.NOT_MET, previous.outcome());
        assertEquals("Your previous cycle with IMechE (1 Jan 2022 to 31 Dec 2024) did not meet the body's CPD"
                + " requirements.", previous.reason());
    }

    @Test
    void noSuchCycleIsNotMet() {
        Finding previous = judge(Criterion.cpdCompliance(IMECHE, CpdCycle.PREVIOUS), facts(CURRENT_MET, null));
        assertEquals(FindingOutcome.NOT_MET, previous.outcome(), "a first cycle has no previous one");
        assertEquals("You have no previous cycle with IMechE yet; your registration began on 1 Jan 2019.",
                previous.reason());
        assertEquals(List.of("REGISTRATION:7"), ids(previous));

        Finding current = judge(Criterion.cpdCompliance(IMECHE, CpdCycle.CURRENT), facts(null, null));
        assertEquals(FindingOutcome.NOT_MET, current.outcome());
        assertEquals("You have no current cycle with IMechE on 1 Jun 2025; your registration began on 1 Jan 2019.",
                current.reason());

        // Registered, but the service found no cycles at all.
        Finding none = judge(Criterion.cpdCompliance(IMECHE, CpdCycle.CURRENT),
                EligibilityFacts.builder().registration(IMECHE, REGISTERED).build());
        assertEquals(FindingOutcome.NOT_MET, none.outcome());
    }

    @Test
    void withoutARegistrationThereIsNoCycleToJudge() {
        // Even a compliant cycle left in the facts does not count without the registration.
        EligibilityFacts facts = EligibilityFacts.builder().cpd(IMECHE, CURRENT_MET, PREVIOUS_MET).build();
        for (CpdCycle cycle : CpdCycle.values()) {
            Finding finding = judge(Criterion.cpdCompliance(IMECHE, cycle), facts);
            assertEquals(FindingOutcome.NOT_MET, finding.outcome());
            assertEquals("You are not registered with IMechE, so there is no CPD cycle to judge.", finding.reason());
            assertTrue(finding.records().isEmpty());
        }
    }
}
