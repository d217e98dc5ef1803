package org.healthengineering.portal.domain.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as the portal keeps it: trimmed and lower-cased, so that uniqueness and sign-in are
 * case-insensitive.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    public EmailAddress {
        value = normalise(value);
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** The normal form of what someone typed: trimmed and lower-cased; {@code null} stays {@code null}. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    /** Why {@code raw} is not an acceptable email address, if it is not. */
    public static Optional<String> problemWith(String raw) {
        String value = normalise(raw);
        if (value == null || value.isEmpty()) {
            return Optional.of("Enter your email address.");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("An email address has at most " + MAX_LENGTH + " characters.");
        }
        if (!SHAPE.matcher(value).matches()) {
            return Optional.of("Enter an email address like name@example.org.");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
