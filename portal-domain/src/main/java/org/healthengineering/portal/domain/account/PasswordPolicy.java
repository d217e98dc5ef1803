package org.healthengineering.portal.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not one that attackers try first (a list
 * of common passwords shipped with the portal, compared case-insensitively and also with trailing digits and
 * punctuation stripped, so {@code Password1234!} counts as {@code password}), and not the account's own email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for the account with {@code email}, if it is. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (isCommon(password)) {
            return Optional.of("This password is too common; choose one that is harder to guess.");
        }
        String normalisedEmail = EmailAddress.normalise(email);
        if (normalisedEmail != null && !normalisedEmail.isEmpty()) {
            String lower = password.toLowerCase(Locale.ROOT);
            String localPart = normalisedEmail.split("@", 2)[0];
            if (lower.equals(normalisedEmail) || (localPart.length() >= 4 && lower.contains(localPart))) {
                return Optional.of("The password must not contain your email address.");
            }
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("Use more different characters.");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        return COMMON.contains(lower) || COMMON.contains(stem) || COMMON.contains(repeatedUnit(stem));
    }

    /** {@code "passwordpassword"} → {@code "password"}; anything that is not a repetition comes back unchanged. */
    private static String repeatedUnit(String s) {
        for (int size = 1; size <= s.length() / 2; size++) {
            if (s.length() % size == 0 && s.substring(0, size).repeat(s.length() / size).equals(s)) {
                return s.substring(0, size);
            }
        }
        return s;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the domain jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.trim().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
