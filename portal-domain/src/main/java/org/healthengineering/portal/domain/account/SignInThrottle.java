package org.healthengineering.portal.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lock-out rule: after {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW} (with no success in
 * between), signing in with that email is refused for {@link #LOCK} after the last of them. Attempts refused
 * while locked are not counted, so hammering a locked account does not extend the lock.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** How far back attempts can matter to {@link #lockedUntil}. */
    public static final Duration LOOK_BACK = WINDOW.plus(LOCK);

    private SignInThrottle() {
    }

    /**
     * @param recentNewestFirst attempts for one email within {@link #LOOK_BACK}, newest first
     * @return when the lock ends, if the email is locked at {@code now}
     */
    public static Optional<Instant> lockedUntil(List<SignInAttempt> recentNewestFirst, Instant now) {
        List<Instant> failures = new ArrayList<>();
        for (SignInAttempt attempt : recentNewestFirst) {
            if (attempt.isSucceeded() || failures.size() == MAX_FAILURES) {
                break;
            }
            failures.add(attempt.getAttemptedAt());
        }
        if (failures.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant newest = failures.get(0);
        Instant oldest = failures.get(MAX_FAILURES - 1);
        if (Duration.between(oldest, newest).compareTo(WINDOW) > 0) {
            return Optional.empty();
        }
        Instant until = newest.plus(LOCK);
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }
}
