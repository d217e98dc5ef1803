package org.healthengineering.portal.domain.shared;

/**
 * A search text as a SQL/JPQL {@code LIKE} pattern that finds it anywhere in a value: its own {@code \}, {@code %}
 * and {@code _} escaped (queries say {@code ESCAPE '\'}), so a person's text is matched as typed, never as
 * wildcards.
 */
public final class Like {

    private Like() {
    }

    /** {@code %text%}, with the text's wildcard characters escaped. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
