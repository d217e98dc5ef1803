package org.healthengineering.portal.domain.cpdaudit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Test
    void twoYearsOfRegistrationOnTheCampaignsStart() {
        Eligibility standard = Eligibility.standard();
        assertTrue(standard.admits(LocalDate.of(2025, 3, 1), false, START), "exactly two years");
        assertFalse(standard.admits(LocalDate.of(2025, 3, 2), false, START), "a day short");
        assertTrue(standard.admits(LocalDate.of(2010, 1, 1), false, START));
    }

    @Test
    void retiredRegistrantsOnlyWhenTheBodySaysSo() {
        assertFalse(Eligibility.standard().admits(LocalDate.of(2010, 1, 1), true, START));
        assertTrue(new Eligibility(2, true).admits(LocalDate.of(2010, 1, 1), true, START));
        assertTrue(new Eligibility(0, false).admits(START, false, START), "no minimum: registered that day");
    }

    @Test
    void impossibleYearsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Eligibility(-1, false));
        assertThrows(IllegalArgumentException.class, () -> new Eligibility(51, false));
    }
}
