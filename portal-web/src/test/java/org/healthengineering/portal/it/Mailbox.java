package org.healthengineering.portal.it;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail the portal under test sent to the test SMTP server (GreenMail), read as its recipients would. */
final class Mailbox {

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("(\\S*/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    private Mailbox() {
    }

    /** The mail received for one address, oldest first, waiting up to ten seconds for {@code atLeast} of them. */
    static List<MimeMessage> to(String email, int atLeast) {
        long deadline = System.currentTimeMillis() + 10_000;
        List<MimeMessage> messages = List.of();
        while (System.currentTimeMillis() < deadline) {
            messages = Arrays.stream(EmbeddedDatabaseSession.mail().getReceivedMessages())
                    .filter(m -> addressedTo(m, email)).toList();
            if (messages.size() >= atLeast) {
                return messages;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return messages;
    }

    /**
     * Whether a mail with {@code subject} reaches {@code email} within ten seconds. Mail leaves through the outbox on a
     * background thread after the commit, so it may arrive a moment after the answer that caused it, and a count of
     * mail already there (a confirmation, say) is no sign that the awaited one has come.
     */
    static boolean received(String email, String subject) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (subjectsTo(email, 0).contains(subject)) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return false;
    }

    static List<String> subjectsTo(String email, int atLeast) {
        return to(email, atLeast).stream().map(Mailbox::subject).toList();
    }

    /** The token of the newest confirmation link mailed to the address. */
    static String confirmationToken(String email) {
        return confirmationMatch(email).group(2);
    }

    /** The newest confirmation link mailed to the address, as the recipient would click it. */
    static String confirmationLink(String email) {
        return confirmationMatch(email).group(1);
    }

    private static Matcher confirmationMatch(String email) {
        List<MimeMessage> messages = to(email, 1);
        for (int i = messages.size() - 1; i >= 0; i--) {
            Matcher link = CONFIRMATION_LINK.matcher(body(messages.get(i)));
            if (link.find()) {
                return link;
            }
        }
        throw new IllegalStateException("No confirmation link was mailed to " + email);
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
