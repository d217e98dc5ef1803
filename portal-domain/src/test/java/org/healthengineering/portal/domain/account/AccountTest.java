package org.healthengineering.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Account account = Account.register(new EmailAddress("ann@example.org"), " Ann ", "hash",
            "link-hash", NOW);

    @Test
    void aSelfRegisteredAccountOpensOnlyWithItsOwnLinkWithinTwoDays() {
        assertFalse(account.isConfirmed());
        assertFalse(account.confirm("another-link", NOW), "another account's link");
        assertFalse(account.confirm("link-hash", NOW.plus(Account.CONFIRMATION_VALIDITY).plusSeconds(1)), "expired");
        assertFalse(account.isConfirmed());
        assertTrue(account.confirm("link-hash", NOW.plus(Account.CONFIRMATION_VALIDITY)));
        assertTrue(account.isConfirmed());
        assertFalse(account.confirm("link-hash", NOW.plusSeconds(5)), "a link works once");
        assertThrows(IllegalStateException.class, () -> account.registerAgain("Mallory", "h2", "l2", NOW));
    }

    @Test
    void registeringAnUnconfirmedEmailAgainReplacesTheFirstRegistration() {
        account.registerAgain(" Ann Again ", "new-hash", "new-link", NOW.plusSeconds(60));
        assertEquals("Ann Again", account.getDisplayName());
        assertEquals("new-hash", account.getPasswordHash());
        assertFalse(account.confirm("link-hash", NOW.plusSeconds(61)), "the first link no longer works");
        assertTrue(account.confirm("new-link", NOW.plusSeconds(61)));
    }

    @Test
    void provisionedAccountsNeedNoConfirmation() {
        assertTrue(Account.provision(new EmailAddress("op@example.org"), "Op", "hash", Set.of(Role.SYSTEM_ADMIN), NOW)
                .isConfirmed());
    }

    @Test
    void aRegisteredAccountIsAnEngineerWhoMayLogCpdAndLookAfterTheirAccount() {
        assertEquals(Set.of(Role.ENGINEER), account.getRoles());
        assertEquals(Set.of(Permissions.CPD_LOG, Permissions.COMPETENCE_SELF, Permissions.MENTORING,
                Permissions.VACANCY_APPLY, Permissions.RECOGNITION_APPLY, Permissions.CREDENTIAL_HOLD, Permissions.OWN_ACCOUNT, Permissions.CATALOGUE_READ),
                account.permissions());
        assertEquals("Ann", account.getDisplayName());
    }

    @Test
    void assigningRolesReportsWhetherAnythingChanged() {
        assertFalse(account.assignRoles(EnumSet.of(Role.ENGINEER)));
        assertTrue(account.assignRoles(EnumSet.of(Role.ENGINEER, Role.SYSTEM_ADMIN)));
        assertTrue(account.permissions().containsAll(Set.of(Permissions.ACCOUNT_MANAGE, Permissions.AUDIT_READ)));
        assertEquals("[ENGINEER, SYSTEM_ADMIN]", account.rolesSummary());
        assertTrue(account.assignRoles(Set.of()));
        assertEquals(Set.of(Permissions.OWN_ACCOUNT, Permissions.CATALOGUE_READ), account.permissions(),
                "every account keeps its own account and reads the catalogue");
    }

    @Test
    void reminderMailIsOnUntilTheOwnerTurnsItOff() {
        assertTrue(account.wantsReminderMail());
        assertFalse(account.chooseReminderMail(true), "nothing changed");
        assertTrue(account.chooseReminderMail(false));
        assertFalse(account.wantsReminderMail());
        assertTrue(account.chooseReminderMail(true));
        assertTrue(account.wantsReminderMail());
    }

    @Test
    void onlySystemAdministratorsRunOperations() {
        assertTrue(Role.SYSTEM_ADMIN.getPermissions().containsAll(Set.of(Permissions.OPERATIONS_READ,
                Permissions.OPERATIONS_RUN)));
        for (Role role : Role.values()) {
            assertEquals(role == Role.SYSTEM_ADMIN, role.getPermissions().contains(Permissions.OPERATIONS_RUN),
                    role.name());
        }
    }

    @Test
    void anApiTokenIsStoredOnlyAsAHashOfItsSecret() {
        ApiToken.Issued issued = ApiToken.issue(7, " script ", Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(issued.secret().startsWith("hep_"));
        assertEquals(ApiToken.hash(issued.secret()), ApiToken.hash(issued.secret()));
        assertFalse(issued.toString().contains(issued.secret()));
        assertEquals("script", issued.token().getName());
        assertTrue(issued.token().isActive());
        issued.token().revoke(Instant.parse("2026-01-02T00:00:00Z"));
        assertFalse(issued.token().isActive());
    }
}
