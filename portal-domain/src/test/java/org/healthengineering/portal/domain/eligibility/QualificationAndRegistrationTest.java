package org.healthengineering.portal.domain.eligibility;

import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Holding;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Registration;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts.Verification;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.healthengineering.portal.domain.eligibility.Fixtures.CENG;
import static org.healthengineering.portal.domain.eligibility.Fixtures.DAY;
import static org.healthengineering.portal.domain.eligibility.Fixtures.IENG;
import static org.healthengineering.portal.domain.eligibility.Fixtures.IMECHE;
import static org.healthengineering.portal.domain.eligibility.Fixtures.MENTOR;
import static org.healthengineering.portal.domain.eligibility.Fixtures.ids;
import static org.healthengineering.portal.domain.eligibility.Fixtures.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualificationAndRegistrationTest {

    private static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 3);
    private static final Verification BY_MENTOR = new Verification(MENTOR, LocalDate.of(2024, 6, 4));

    private static EligibilityFacts holding(Holding... holdings) {
        EligibilityFacts.Builder facts = EligibilityFacts.builder();
        for (Holding h : holdings) {
            facts.holding(h);
        }
        return facts.build();
    }

    @Test
    void aVerifiedQualificationIsMetAndVerifiedWhicheverTheCriterionAsks() {
        EligibilityFacts facts = holding(new Holding(21, CENG, MAY_2019, null, BY_MENTOR));
        for (boolean verifiedOnly : new boolean[] {false, true}) {
            Finding finding = judge(Criterion.qualification(CENG, verifiedOnly), facts);
            assertEquals(FindingOutcome.MET_VERIFIED, finding.outcome());
            assertEquals("Held since 3 May 2019, verified by Dev Mentor on 4 Jun 2024.", finding.reason());
            assertEquals(List.of(new RecordRef(RecordRef.Kind.HOLDING, "21", "CEng")), finding.records());
        }
    }

    @Test
    void anUnverifiedQualificationIsMetOnOwnWordUnlessOnlyVerifiedCounts() {
        EligibilityFacts facts = holding(new Holding(22, CENG, MAY_2019, LocalDate.of(2027, 3, 1), null));
        Finding own = judge(Criterion.qualification(CENG, false), facts);
        assertEquals(FindingOutcome.MET_OWN_WORD, own.outcome());
        assertEquals("Held since 3 May 2019, as you entered it; not verified yet; valid until 1 Mar 2027.",
                own.reason());

        Finding strict = judge(Criterion.qualification(CENG, true), facts);
        assertEquals(FindingOutcome.NOT_MET, strict.outcome());
        assertEquals("Held since 3 May 2019, but awaiting verification, which this criterion requires.",
                strict.reason());
        assertEquals(List.of("HOLDING:22"), ids(strict));
    }

    @Test
    void anExpiredQualificationNeverCountsEvenVerified() {
        EligibilityFacts facts = holding(new Holding(23, CENG, MAY_2019, LocalDate.of(2025, 3, 1), BY_MENTOR));
        Finding finding = judge(Criterion.qualification(CENG, false), facts);
        assertEquals(FindingOutcome.NOT_MET, finding.outcome());
        assertEquals("Expired on 1 Mar 2025.", finding.reason());
        assertEquals(List.of("HOLDING:23"), ids(finding));
        // Valid on its last day.
        assertEquals(FindingOutcome.MET_VERIFIED,
                judge(Criterion.qualification(CENG, false), facts, LocalDate.of(2025, 3, 1)).outcome());
    }

    @Test
    void theHoldingThatHelpsMostIsTheOneJudged() {
        EligibilityFacts facts = holding(
                new Holding(31, CENG, LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1), BY_MENTOR),
                new Holding(32, CENG, LocalDate.of(2016, 1, 1), null, null),
                new Holding(33, IENG, LocalDate.of(2012, 1, 1), null, BY_MENTOR));
        Finding finding = judge(Criterion.qualification(CENG, false), facts);
        assertEquals(FindingOutcome.MET_OWN_WORD, finding.outcome(), "the unexpired one, though unverified");
        assertEquals(List.of("HOLDING:32"), ids(finding));
        assertEquals(FindingOutcome.MET_VERIFIED, judge(Criterion.qualification(IENG, true), facts).outcome());
    }

    @Test
    void aMissingQualificationOrOneAwardedAfterTheDayIsNotMet() {
        Finding missing = judge(Criterion.qualification(CENG, false), EligibilityFacts.none());
        assertEquals(FindingOutcome.NOT_MET, missing.outcome());
        assertEquals("CEng is not among your qualifications.", missing.reason());
        assertTrue(missing.records().isEmpty());

        Finding later = judge(Criterion.qualification(CENG, false),
                holding(new Holding(24, CENG, LocalDate.of(2025, 7, 1), null, BY_MENTOR)));
        assertEquals(FindingOutcome.NOT_MET, later.outcome());
        assertEquals("Awarded on 1 Jul 2025, after 1 Jun 2025.", later.reason());
    }

    @Test
    void aHoldingIsReadFromTheEntityWithItsVerificationDayInThePortalsZone() throws ReflectiveOperationException {
        HeldQualification held = new HeldQualification(1, CENG, MAY_2019, null, null, null, DAY, Instant.EPOCH);
        Field id = HeldQualification.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(held, 41L);
        Holding unverified = Holding.of(held, ZoneId.of("Europe/London"));
        assertNull(unverified.verification());
        assertEquals(41, unverified.holdingId());
        held.verify(MENTOR, Instant.parse("2024-06-03T23:30:00Z"));
        Holding verified = Holding.of(held, ZoneId.of("Europe/London"));
        assertEquals(new Verification(MENTOR, LocalDate.of(2024, 6, 4)), verified.verification(),
                "half past midnight in London, summer time");
    }

    @Test
    void aRegistrationActiveOnTheDayIsMetOnOwnWord() {
        EligibilityFacts facts = EligibilityFacts.builder()
                .registration(IMECHE, new Registration(LocalDate.of(2020, 1, 15), false)).build();
        Finding finding = judge(Criterion.registration(IMECHE), facts);
        assertEquals(FindingOutcome.MET_OWN_WORD, finding.outcome());
        assertEquals("Registered with IMechE since 15 Jan 2020, as you entered it; the portal does not verify"
                + " registrations.", finding.reason());
        assertEquals(List.of(new RecordRef(RecordRef.Kind.REGISTRATION, "7", "Registration with IMechE")),
                finding.records());
        assertEquals(FindingOutcome.MET_OWN_WORD,
                judge(Criterion.registration(IMECHE), facts, LocalDate.of(2020, 1, 15)).outcome(),
                "from its first day");
    }

    @Test
    void aRegistrationFromAfterTheDayIsNotMet() {
        EligibilityFacts facts = EligibilityFacts.builder()
                .registration(IMECHE, new Registration(LocalDate.of(2025, 6, 2), false)).build();
        Finding finding = judge(Criterion.registration(IMECHE), facts);
        assertEquals(FindingOutcome.NOT_MET, finding.outcome());
        assertEquals("Registered with IMechE only from 2 Jun 2025, after 1 Jun 2025.", finding.reason());
    }

    @Test
    void aRetiredRegistrantCountsAsRegisteredAndTheReasonSaysSo() {
        EligibilityFacts facts = EligibilityFacts.builder()
                .registration(IMECHE, new Registration(LocalDate.of(2001, 9, 1), true)).build();
        Finding finding = judge(Criterion.registration(IMECHE), facts);
        assertEquals(FindingOutcome.MET_OWN_WORD, finding.outcome());
        assertTrue(finding.reason().startsWith("Registered with IMechE since 1 Sep 2001, as a retired registrant, who"
                + " counts as registered"), finding.reason());
    }

    @Test
    void noRegistrationIsNotMet() {
        Finding finding = judge(Criterion.registration(IMECHE), EligibilityFacts.builder()
                .registration(Fixtures.IHEEM, new Registration(LocalDate.of(2020, 1, 1), false)).build());
        assertEquals(FindingOutcome.NOT_MET, finding.outcome());
        assertEquals("You are not registered with IMechE.", finding.reason());
        assertTrue(finding.records().isEmpty());
    }
}
