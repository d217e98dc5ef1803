package org.healthengineering.portal.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.healthengineering.portal.domain.notification.OutboxMail;

import java.util.Date;
import java.util.Properties;

/**
 * Hands one mail from the outbox to the SMTP server (settings {@code PORTAL_MAIL_*} and {@code PORTAL_SMTP_*}); a
 * refusal or an unreachable server is thrown for the outbox to record and try again.
 */
@ApplicationScoped
public class SmtpSender {

    private volatile Session session;

    /** Whether the portal sends mail at all ({@code PORTAL_MAIL_ENABLED}); without it nothing is queued. */
    static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue("portal.mail.enabled", Boolean.class).orElse(false);
    }

    void send(OutboxMail mail) throws MessagingException {
        Config config = ConfigProvider.getConfig();
        MimeMessage message = new MimeMessage(session(config));
        message.setFrom(new InternetAddress(config.getOptionalValue("portal.mail.from", String.class)
                .orElse("portal@localhost")));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setSentDate(new Date());
        // The outbox row's id lets a recipient's server (and a person reading headers) tell a retry from a new mail.
        message.setHeader("X-Portal-Mail-Id", String.valueOf(mail.getId()));
        Transport.send(message);
    }

    private Session session(Config config) {
        Session current = session;
        if (current == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", config.getOptionalValue("portal.smtp.host", String.class).orElse("localhost"));
            properties.put("mail.smtp.port", String.valueOf(config.getOptionalValue("portal.smtp.port", Integer.class)
                    .orElse(25)));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "10000");
            properties.put("mail.smtp.writetimeout", "10000");
            boolean startTls = config.getOptionalValue("portal.smtp.starttls", Boolean.class).orElse(false);
            properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
            properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
            String user = config.getOptionalValue("portal.smtp.username", String.class).orElse(null);
            String password = config.getOptionalValue("portal.smtp.password", String.class).orElse(null);
            if (user != null) {
                properties.put("mail.smtp.auth", "true");
                current = Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                });
            } else {
                current = Session.getInstance(properties);
            }
            session = current;
        }
        return current;
    }
}
