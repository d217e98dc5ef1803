package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Role;

import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it (never the password hash); {@code reminderMail}: whether CPD reminders are also
 * emailed.
 */
public record AccountJson(long id, String email, String displayName, List<String> roles, Instant createdAt,
                          boolean reminderMail) {

    static AccountJson of(Account account) {
        return new AccountJson(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRoles().stream().map(Role::name).sorted().toList(), account.getCreatedAt(),
                account.wantsReminderMail());
    }
}
