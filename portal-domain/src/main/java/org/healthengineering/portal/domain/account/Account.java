package org.healthengineering.portal.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Someone who signs in to the portal. An account is created by self-registration (as an engineer), by the
 * first-start bootstrap of the system administrator, or by demo data; a system administrator then grants and
 * revokes further roles. The password is only ever held as an argon2id hash.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.HOLDING_ROLE,
        query = "SELECT COUNT(a) FROM Account a WHERE :role MEMBER OF a.roles")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String HOLDING_ROLE = "Account.holdingRole";
    public static final int DISPLAY_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** When the owner of the email confirmed it; null while a self-registration awaits confirmation. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** SHA-256 of the secret in the confirmation link sent to the email, while one is pending. */
    @Column(name = "confirmation_hash", length = 64)
    private String confirmationHash;

    @Column(name = "confirmation_expires_at")
    private Instant confirmationExpiresAt;

    /** Whether CPD reminders are also emailed (they are always listed with the notifications). */
    @Column(name = "reminder_mail", nullable = false)
    private boolean reminderMail = true;

    @Version
    @Column(name = "version")
    private int version;

    /** How long a confirmation link works. */
    public static final java.time.Duration CONFIRMATION_VALIDITY = java.time.Duration.ofHours(48);

    protected Account() {
    }

    private Account(EmailAddress email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = email.value();
        this.displayName = displayName.trim();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /**
     * A person registers themselves: they start as an engineer, and the account opens only once they follow the
     * link sent to the email, which proves the address is theirs ({@code confirmationHash} is that link's secret,
     * hashed).
     */
    public static Account register(EmailAddress email, String displayName, String passwordHash,
                                   String confirmationHash, Instant now) {
        Account account = new Account(email, displayName, passwordHash, EnumSet.of(Role.ENGINEER), now);
        account.awaitConfirmation(confirmationHash, now);
        return account;
    }

    /** An account created by the operator or by demo data, with the roles given; its email needs no confirming. */
    public static Account provision(EmailAddress email, String displayName, String passwordHash,
                                    Set<Role> roles, Instant now) {
        Account account = new Account(email, displayName, passwordHash, roles, now);
        account.emailConfirmedAt = now;
        return account;
    }

    /**
     * Someone registers again an email whose account was never confirmed: whoever registered it first could not
     * prove the address theirs, so the new registration replaces theirs (name, password, link).
     */
    public void registerAgain(String displayName, String passwordHash, String confirmationHash, Instant now) {
        if (isConfirmed()) {
            throw new IllegalStateException("A confirmed account is not registered again");
        }
        this.displayName = displayName.trim();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangedAt = now;
        awaitConfirmation(confirmationHash, now);
    }

    private void awaitConfirmation(String hash, Instant now) {
        this.emailConfirmedAt = null;
        this.confirmationHash = Objects.requireNonNull(hash);
        this.confirmationExpiresAt = now.plus(CONFIRMATION_VALIDITY);
    }

    /** Follows the confirmation link; answers whether it was this account's, and still valid. */
    public boolean confirm(String hash, Instant now) {
        if (confirmationHash == null || !confirmationHash.equals(hash) || now.isAfter(confirmationExpiresAt)) {
            return false;
        }
        emailConfirmedAt = now;
        confirmationHash = null;
        confirmationExpiresAt = null;
        return true;
    }

    public boolean isConfirmed() {
        return emailConfirmedAt != null;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    /** Replaces the roles held; returns whether anything changed. */
    public boolean assignRoles(Collection<Role> newRoles) {
        Set<Role> replacement = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        if (replacement.equals(roles)) {
            return false;
        }
        roles.clear();
        roles.addAll(replacement);
        return true;
    }

    /**
     * The owner says whether CPD reminders should also come by email (they stay on the notifications list either
     * way); answers whether anything changed.
     */
    public boolean chooseReminderMail(boolean wanted) {
        if (reminderMail == wanted) {
            return false;
        }
        reminderMail = wanted;
        return true;
    }

    public boolean wantsReminderMail() {
        return reminderMail;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** Every permission the account's roles grant, plus those every account has. */
    public Set<String> permissions() {
        Set<String> permissions = roles.stream()
                .flatMap(role -> role.getPermissions().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        permissions.add(Permissions.OWN_ACCOUNT);
        permissions.add(Permissions.CATALOGUE_READ);
        return permissions;
    }

    /** Roles as a stable, readable text for the audit trail. */
    public String rolesSummary() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
