package org.healthengineering.portal.domain.reminder;

import org.healthengineering.portal.domain.notification.Notification;

/**
 * A reminder that is due: its kind, the key of what it is about (an engineer receives one reminder per kind and
 * key, ever), the words that name it, and the page that fixes it.
 *
 * @param subjectKey at most {@link #SUBJECT_KEY_LENGTH} characters, e.g. {@code IPEM:2026-01-01} for a cycle
 */
public record Reminder(Notification.Kind kind, String subjectKey, String text, String link) {

    public static final int SUBJECT_KEY_LENGTH = 100;

    public Reminder {
        if (!kind.isReminder()) {
            throw new IllegalArgumentException(kind + " is not a reminder");
        }
        if (subjectKey.isEmpty() || subjectKey.length() > SUBJECT_KEY_LENGTH) {
            throw new IllegalArgumentException("A subject key has 1 to " + SUBJECT_KEY_LENGTH + " characters");
        }
    }
}
