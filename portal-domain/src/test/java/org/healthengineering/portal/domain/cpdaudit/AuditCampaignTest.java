package org.healthengineering.portal.domain.cpdaudit;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCampaignTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static AuditCampaign.Terms terms(String rate, LocalDate deadline) {
        return new AuditCampaign.Terms("Renewal audit", LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28),
                new BigDecimal(rate), null, null, null, deadline);
    }

    private static AuditCampaign open(String rate) {
        return AuditCampaign.open(7, terms(rate, LocalDate.of(2026, 6, 1)),
                AuditStandard.of(AuditStandard.hcpcFive(), "standards"), 1L, TODAY, Instant.EPOCH);
    }

    @Test
    void openingTakesHcpcsDefaultsAndReportsEveryProblemAtOnce() {
        AuditCampaign campaign = open("0.025");
        assertEquals(2, campaign.getMinimumYears());
        assertFalse(campaign.isRetiredIncluded());
        assertTrue(campaign.isStratifyByTitle());
        assertEquals(CampaignStatus.OPEN, campaign.getStatus());
        assertEquals(new BigDecimal("0.0250"), campaign.getSamplingRate());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AuditCampaign.open(7,
                new AuditCampaign.Terms(" ", LocalDate.of(2026, 2, 1), LocalDate.of(2025, 1, 1), new BigDecimal("0.00001"),
                        51, true, false, TODAY), List.of(), 1L, TODAY, Instant.EPOCH));
        assertEquals(List.of("title", "periodEnd", "samplingRate", "minimumYears", "deadline"),
                refused.getProblems().stream().map(FieldProblem::field).toList());
        assertTrue(AuditCampaign.problems(terms("0", LocalDate.of(2026, 6, 1)), TODAY).stream()
                .anyMatch(p -> p.field().equals("samplingRate")), "a rate of nothing samples nobody");
        assertTrue(AuditCampaign.problems(terms("1", LocalDate.of(2026, 6, 1)), TODAY).isEmpty(), "everybody is fine");
    }

    @Test
    void strataFollowTheRegistrationTitleUnlessTheCampaignHasOne() {
        AuditCampaign byTitle = open("0.05");
        assertEquals("CEng", byTitle.stratumOf(" CEng "));
        assertEquals(AuditCampaign.NO_TITLE, byTitle.stratumOf(null));
        AuditCampaign single = AuditCampaign.open(7, new AuditCampaign.Terms("One", LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 2, 28), new BigDecimal("0.05"), 1, true, false, LocalDate.of(2026, 6, 1)),
                AuditStandard.of(AuditStandard.hcpcFive(), "standards"), 1L, TODAY, Instant.EPOCH);
        assertEquals(AuditCampaign.ONE_STRATUM, single.stratumOf("CEng"));
    }

    @Test
    void theSampleIsDrawnOnceRecordedAndVerifiable() {
        AuditCampaign campaign = open("0.5");
        EligibleList eligible = EligibleList.of(List.of(new EligibleRegistrant(21, "IEng", false),
                new EligibleRegistrant(12, "CEng", false), new EligibleRegistrant(13, "CEng", true),
                new EligibleRegistrant(11, "CEng", false)));
        List<SampleSelection.Sampled> sample = campaign.select("abc", eligible, Instant.EPOCH);
        assertEquals(CampaignStatus.SAMPLED, campaign.getStatus());
        assertEquals("abc", campaign.getSeed());
        assertEquals(sample, SampleSelection.select("abc", new BigDecimal("0.5"), eligible.strata(), java.util.Set.of(13L)));
        assertTrue(campaign.verifies(eligible, sample));
        assertFalse(campaign.verifies(eligible, sample.subList(1, sample.size())), "a case missing is found");
        assertFalse(campaign.verifies(EligibleList.of(eligible.registrants().subList(1, 4)), sample),
                "a different eligible list is found");
        assertThrows(ConflictException.class, () -> campaign.select("def", eligible, Instant.EPOCH));
        assertThrows(ConflictException.class, () -> campaign.revise(terms("0.1", LocalDate.of(2026, 6, 1)),
                campaign.getStandards(), TODAY));
    }

    @Test
    void theEligibleListHoldsEachRegistrantOnceInIdOrder() {
        EligibleList list = EligibleList.of(List.of(new EligibleRegistrant(9, "IEng", true),
                new EligibleRegistrant(3, "CEng", false), new EligibleRegistrant(5, "CEng", false)));
        assertEquals(List.of(3L, 5L, 9L), list.registrants().stream().map(EligibleRegistrant::accountId).toList());
        assertEquals(java.util.Map.of("CEng", List.of(3L, 5L), "IEng", List.of(9L)), list.strata());
        assertEquals(java.util.Set.of(9L), list.notEngagedBefore());
        assertThrows(IllegalArgumentException.class, () -> EligibleList.of(List.of(new EligibleRegistrant(3, "CEng",
                false), new EligibleRegistrant(3, "IEng", false))));
    }
}
