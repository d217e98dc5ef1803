package org.healthengineering.portal.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notification emails over SMTP (settings {@code PORTAL_MAIL_*} and {@code PORTAL_SMTP_*}) after the
 * transaction that produced them commits, so a rolled-back change sends nothing. A mail that cannot be sent is
 * logged; the notification stays in the page's list either way.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    private volatile Session session;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequest mail) {
        Config config = ConfigProvider.getConfig();
        if (!config.getOptionalValue("portal.mail.enabled", Boolean.class).orElse(false)) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session(config));
            message.setFrom(new InternetAddress(config.getOptionalValue("portal.mail.from", String.class)
                    .orElse("portal@localhost")));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send the notification email \"" + mail.subject() + "\"", e);
        }
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
