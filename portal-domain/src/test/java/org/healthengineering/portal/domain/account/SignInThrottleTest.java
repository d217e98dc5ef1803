package org.healthengineering.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    /** Attempts newest first; each entry is minutes after T0 and whether it succeeded. */
    private static List<SignInAttempt> attempts(Object... minutesAndOutcome) {
        List<SignInAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < minutesAndOutcome.length; i += 2) {
            attempts.add(new SignInAttempt("a@b.org", T0.plusSeconds(60L * (Integer) minutesAndOutcome[i]),
                    (Boolean) minutesAndOutcome[i + 1]));
        }
        return attempts;
    }

    @Test
    void fourFailuresDoNotLock() {
        assertTrue(SignInThrottle.lockedUntil(attempts(4, false, 3, false, 2, false, 1, false), at(5)).isEmpty());
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockForFifteenMinutesAfterTheLast() {
        List<SignInAttempt> recent = attempts(14, false, 10, false, 5, false, 2, false, 0, false);
        assertEquals(Optional.of(at(29)), SignInThrottle.lockedUntil(recent, at(14)));
        assertEquals(Optional.of(at(29)), SignInThrottle.lockedUntil(recent, at(28)));
        assertTrue(SignInThrottle.lockedUntil(recent, at(29)).isEmpty(), "the lock ends after 15 minutes");
    }

    @Test
    void fiveFailuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        assertTrue(SignInThrottle.lockedUntil(attempts(16, false, 12, false, 8, false, 4, false, 0, false), at(16))
                .isEmpty());
    }

    @Test
    void aSuccessResetsTheCount() {
        assertTrue(SignInThrottle.lockedUntil(
                attempts(6, false, 5, false, 4, false, 3, false, 2, true, 1, false), at(6)).isEmpty());
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
