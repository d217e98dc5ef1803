package org.healthengineering.portal.domain.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {

    @Test
    void isKeptTrimmedAndLowerCasedSoThatComparisonIgnoresCase() {
        assertEquals(new EmailAddress("ann@example.org"), new EmailAddress("  Ann@Example.ORG "));
    }

    @Test
    void refusesWhatIsNotAnEmailAddress() {
        assertTrue(EmailAddress.problemWith("ann").isPresent());
        assertTrue(EmailAddress.problemWith("ann@example").isPresent());
        assertTrue(EmailAddress.problemWith("a nn@example.org").isPresent());
        assertTrue(EmailAddress.problemWith("").isPresent());
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("x".repeat(250) + "@a.org"));
    }
}
