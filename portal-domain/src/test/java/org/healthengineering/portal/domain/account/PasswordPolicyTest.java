package org.healthengineering.portal.domain.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPassword() {
        assertTrue(PasswordPolicy.problemWith("violet tram 83 orbits", "ann@example.org").isEmpty());
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertEquals("Use at least 12 characters.",
                PasswordPolicy.problemWith("short 1 pw!", "ann@example.org").orElseThrow());
        assertTrue(PasswordPolicy.problemWith("twelve chars", "ann@example.org").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234!", "qwertyuiop123", "123456789012",
            "passwordpassword", "Letmein2024!!", "iloveyou1234"})
    void refusesCommonPasswordsWhateverTheCaseAndSuffix(String password) {
        assertEquals("This password is too common; choose one that is harder to guess.",
                PasswordPolicy.problemWith(password, "ann@example.org").orElseThrow());
    }

    @Test
    void refusesThePersonsOwnEmail() {
        assertEquals("The password must not contain your email address.",
                PasswordPolicy.problemWith("annabel.smith-2026", "annabel.smith@example.org").orElseThrow());
    }

    @Test
    void refusesARunOfOneCharacter() {
        assertEquals("Use more different characters.",
                PasswordPolicy.problemWith("zzzzzzzzzzzzzzz", "ann@example.org").orElseThrow());
    }

    @Test
    void refusesMissingAndOverlongPasswords() {
        assertEquals("Choose a password.", PasswordPolicy.problemWith(null, "a@b.org").orElseThrow());
        assertEquals("Use at most 200 characters.",
                PasswordPolicy.problemWith("ab1-".repeat(51), "a@b.org").orElseThrow());
    }
}
