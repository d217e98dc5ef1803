package org.healthengineering.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private final Account account = Account.register(new EmailAddress("ann@example.org"), " Ann ", "hash",
            Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aRegisteredAccountIsAnEngineerWhoMayLogCpdAndLookAfterTheirAccount() {
        assertEquals(Set.of(Role.ENGINEER), account.getRoles());
        assertEquals(Set.of(Permissions.CPD_LOG, Permissions.COMPETENCE_SELF, Permissions.MENTORING,
                Permissions.OWN_ACCOUNT, Permissions.CATALOGUE_READ), account.permissions());
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
