package org.healthengineering.portal.application.notification;

/** An email to send once the transaction that asked for it has committed. */
public record MailRequest(String to, String subject, String body) {
}
