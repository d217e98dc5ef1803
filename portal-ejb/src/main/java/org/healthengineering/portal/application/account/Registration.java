package org.healthengineering.portal.application.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.ConfigProvider;
import org.healthengineering.portal.application.accreditation.Completions;
import org.healthengineering.portal.application.notification.Links;
import org.healthengineering.portal.application.notification.MailRequest;
import org.healthengineering.portal.application.security.Passwords;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.ApiToken;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.NewAccount;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * An engineer registers themselves. Open to anyone who is not signed in; the new account holds the ENGINEER role
 * and opens once its owner follows the link mailed to the email. The answer is the same whether the email is new
 * or already has an account, and costs the same work, so registering tells nobody who has an account: the owner of
 * an email that is taken receives a mail saying someone tried, instead of a link.
 */
@Stateless
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Completions completions;

    @Inject
    Passwords passwords;

    @Inject
    AccountDirectory directory;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<MailRequest> mail;

    @Inject
    Clock clock;

    /** Registers, or tells the email's owner that someone tried; the caller learns only that a mail is on its way. */
    public void register(NewAccount request) {
        InvalidInputException.throwIfAny(request.problems());
        EmailAddress email = new EmailAddress(request.email());
        String passwordHash = passwords.hash(request.password());
        Optional<Account> existing = directory.findByEmail(email.value());
        if (existing.isPresent() && existing.get().isConfirmed()) {
            Account account = existing.get();
            audit.fire(new AuditEvent(AuditAction.REGISTRATION_FOR_EXISTING_EMAIL, "Account", account.getId(), null,
                    "email=" + account.getEmail()));
            send(account.getEmail(), "Someone tried to register with your email",
                    "Someone, perhaps you, tried to register on the Healthcare Engineering Portal with this email"
                            + " address. It already has an account, so nothing was changed.\n\nIf it was you, sign in at "
                            + Links.absolute("/login.xhtml") + " with your password.\nIf it was not you, you need do nothing.");
            return;
        }
        String secret = secret();
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            account.registerAgain(request.displayName(), passwordHash, ApiToken.hash(secret), clock.instant());
        } else {
            account = Account.register(email, request.displayName(), passwordHash, ApiToken.hash(secret),
                    clock.instant());
            em.persist(account);
        }
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.ACCOUNT_REGISTERED, "Account", account.getId(),
                "email=" + account.getEmail() + ", roles=" + account.rolesSummary() + ", awaiting confirmation"));
        String link = Links.absolute("/confirm.xhtml?token=" + secret);
        send(account.getEmail(), "Confirm your email for the Healthcare Engineering Portal",
                "Hello " + account.getDisplayName() + ",\n\nto finish registering, confirm that this email is yours by"
                        + " opening this link within " + Account.CONFIRMATION_VALIDITY.toHours() + " hours:\n\n" + link
                        + "\n\nIf you did not register, you need do nothing: without confirmation no account opens.");
        if (!ConfigProvider.getConfig().getOptionalValue("portal.mail.enabled", Boolean.class).orElse(false)) {
            LOG.info(() -> "Mail is not enabled (PORTAL_MAIL_ENABLED): the confirmation link for " + account.getEmail()
                    + " is " + link);
        }
    }

    /** Follows a confirmation link: the account opens. Answers the confirmed email, to fill in the sign-in form. */
    public String confirm(String secret) {
        String hash = secret == null || secret.isBlank() ? null : ApiToken.hash(secret.trim());
        List<Account> accounts = hash == null ? List.of()
                : em.createQuery("SELECT a FROM Account a WHERE a.confirmationHash = :hash", Account.class)
                .setParameter("hash", hash).getResultList();
        if (accounts.isEmpty() || !accounts.get(0).confirm(hash, clock.instant())) {
            throw InvalidInputException.of("token", "This link is not valid, was used already or has expired."
                    + " Register again to receive a new one.");
        }
        Account account = accounts.get(0);
        audit.fire(AuditEvent.created(AuditAction.EMAIL_CONFIRMED, "Account", account.getId(),
                "email=" + account.getEmail()));
        completions.linkWaiting(account.getId(), account.getEmail());
        return account.getEmail();
    }

    private void send(String to, String subject, String body) {
        mail.fire(new MailRequest(to, subject, body + "\n\nHealthcare Engineering Portal"));
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
