package org.healthengineering.portal.domain.credential;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading the fields of a credential that may be anything at all: every accessor answers nothing (or an empty list)
 * for a field that is absent or of the wrong JSON type, and never throws.
 */
final class CredentialFields {

    private static final int LONGEST_QUOTE = 120;

    private CredentialFields() {
    }

    /** The string value of {@code name}, or null when it is absent or not a string. */
    static String text(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    /** The object value of {@code name}, or null when it is absent or not an object. */
    static JsonObject object(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonObject value ? value : null;
    }

    /** A value that may be one item or an array of them, as a list (empty for none). */
    static List<JsonValue> items(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    /** The strings of a {@code type} (one string or an array of them); other items are left out. */
    static List<String> types(JsonObject object) {
        List<String> types = new ArrayList<>();
        if (object != null) {
            for (JsonValue item : items(object.get("type"))) {
                if (item instanceof JsonString string) {
                    types.add(string.getString());
                }
            }
        }
        return types;
    }

    static boolean hasType(JsonObject object, String type) {
        return types(object).contains(type);
    }

    /** The issuer's id: {@code issuer} itself when it is a string, else its {@code id}; null for neither. */
    static String issuerId(JsonObject credential) {
        if (credential == null) {
            return null;
        }
        JsonValue issuer = credential.get("issuer");
        if (issuer instanceof JsonString id) {
            return id.getString();
        }
        return issuer instanceof JsonObject profile ? text(profile, "id") : null;
    }

    /** Whether the credential is in the VC Data Model 1.1, which names its dates differently. */
    static boolean isVersion1(JsonObject credential) {
        return credential != null && credential.get("@context") instanceof JsonArray contexts && !contexts.isEmpty()
                && contexts.get(0) instanceof JsonString first
                && first.getString().equals(BundledContexts.CREDENTIALS_V1);
    }

    /** The name of the date the credential becomes valid: {@code validFrom}, or {@code issuanceDate} in 1.1. */
    static String validFromName(JsonObject credential) {
        return isVersion1(credential) ? "issuanceDate" : "validFrom";
    }

    /** The name of the date the credential stops being valid: {@code validUntil}, or {@code expirationDate} in 1.1. */
    static String validUntilName(JsonObject credential) {
        return isVersion1(credential) ? "expirationDate" : "validUntil";
    }

    /** Whether {@code text} is an absolute URI (a URL, a DID, a URN). */
    static boolean isUri(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A date and time with its offset ({@code 2010-01-01T00:00:00Z}, {@code 2010-01-01T01:00:00+01:00}). */
    static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A value from the credential as it may appear in a reason shown to people: in quotes, without control
     * characters, and cut short when long, since the credential may come from anyone.
     */
    static String quote(String value) {
        return value == null ? "(none)" : "\u201c" + clean(value, LONGEST_QUOTE) + "\u201d";
    }

    /** {@code text} without control characters, cut to {@code longest} characters (marked by an ellipsis). */
    static String clean(String text, int longest) {
        StringBuilder cleaned = new StringBuilder();
        text.codePoints().limit(longest)
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .forEach(cleaned::appendCodePoint);
        if (text.codePointCount(0, text.length()) > longest) {
            cleaned.append('\u2026');
        }
        return cleaned.toString();
    }
}
