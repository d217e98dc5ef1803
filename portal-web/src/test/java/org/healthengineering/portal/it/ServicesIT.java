package org.healthengineering.portal.it;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.healthengineering.portal.application.account.AccountAdministration;
import org.healthengineering.portal.application.account.MyAccount;
import org.healthengineering.portal.application.account.Registration;
import org.healthengineering.portal.application.audit.AuditQuery;
import org.healthengineering.portal.application.audit.AuditTrail;
import org.healthengineering.portal.application.cpd.CpdLog;
import org.healthengineering.portal.application.cpd.CpdQuery;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.NewAccount;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEntry;
import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdTotals;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The use-case services inside the container: permissions, ownership, transactions and the audit trail. */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    private static final String PASSWORD = "basalt lantern 2231";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ServicesIT.class, Probe.class);
    }

    @Inject
    Registration registration;

    @Inject
    CpdLog cpdLog;

    @Inject
    MyAccount myAccount;

    @Inject
    AccountAdministration administration;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Probe probe;

    @Inject
    org.healthengineering.portal.application.startup.AccountProvisioning provisioning;

    private Account engineer(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        registration.register(new NewAccount(email, name, PASSWORD));
        return probe.accountByEmail(email);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static ActivityDetails details(String title, LocalDate end, String hours) {
        return new ActivityDetails(title, ActivityType.SELF_DIRECTED_LEARNING, end, end, new BigDecimal(hours),
                "Read the alarm standard", "Updated our checks", "Safer alarms", null);
    }

    @Test
    void anAuditEntryIsWrittenWithTheChangeAndRolledBackWithIt() throws Exception {
        Account alice = engineer("alice");
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        long id;
        try {
            id = probe.as(alice, () -> cpdLog.logActivity(details("Rolled back", today(), "1")).getId());
            List<AuditEntry> inside = probe.audit(AuditAction.CPD_ACTIVITY_LOGGED, id);
            assertEquals(1, inside.size(), "the entry exists inside the transaction");
            assertEquals(alice.getId(), inside.get(0).getActorId());
        } finally {
            transaction.rollback();
        }
        assertNull(probe.find(CpdActivity.class, id));
        assertTrue(probe.audit(AuditAction.CPD_ACTIVITY_LOGGED, id).isEmpty(), "the entry rolled back too");

        long kept = probe.as(alice, () -> cpdLog.logActivity(details("Committed", today(), "1")).getId());
        assertEquals(1, probe.audit(AuditAction.CPD_ACTIVITY_LOGGED, kept).size());
        assertTrue(probe.audit(AuditAction.CPD_ACTIVITY_LOGGED, kept).get(0).getAfterState().contains("Committed"));
    }

    @Test
    void aRefusedActivitySavesNothingAndAuditsNothing() {
        Account alice = engineer("alice");
        assertThrows(InvalidInputException.class,
                () -> probe.as(alice, () -> cpdLog.logActivity(details("", today().plusDays(3), "0.1"))));
        assertEquals(0, probe.as(alice, () -> cpdLog.activities(CpdQuery.everything(), PageRequest.first(10)).total()));
    }

    @Test
    void anEngineerCannotReadChangeOrDeleteAnotherEngineersActivity() {
        Account alice = engineer("alice");
        Account bob = engineer("bob");
        long id = probe.as(alice, () -> cpdLog.logActivity(details("Alice only", today(), "2")).getId());

        assertThrows(NotFoundException.class, () -> probe.as(bob, () -> cpdLog.getActivity(id)));
        assertThrows(NotFoundException.class,
                () -> probe.as(bob, () -> cpdLog.reviseActivity(id, details("Bob was here", today(), "2"))));
        assertThrows(NotFoundException.class, () -> probe.as(bob, () -> cpdLog.deleteActivity(id)));
        assertEquals(0L, probe.as(bob, () -> cpdLog.activities(CpdQuery.everything(), PageRequest.first(50)).total()));
        assertEquals("Alice only", probe.find(CpdActivity.class, id).getTitle());
        assertTrue(probe.audit(AuditAction.CPD_ACTIVITY_REVISED, id).isEmpty());
    }

    @Test
    void totalsCountActivitiesByTheirEndDate() {
        Account alice = engineer("alice");
        LocalDate today = today();
        probe.as(alice, () -> {
            cpdLog.logActivity(details("This year", today, "2"));
            cpdLog.logActivity(details("Last New Year's Eve", today.withDayOfYear(1).minusDays(1), "3"));
            cpdLog.logActivity(details("A year ago today", today.minusYears(1), "5"));
            return null;
        });
        CpdTotals totals = probe.as(alice, () -> cpdLog.totals());
        assertEquals(new BigDecimal("2.00"), totals.currentYear());
        assertEquals(new BigDecimal("5.00"), totals.last12Months());
    }

    @Test
    void servicesRefuseCallersWithoutThePermission() {
        Account alice = engineer("alice");
        assertThrows(UnauthenticatedException.class, () -> probe.anonymously(() -> cpdLog.totals()));
        assertThrows(UnauthenticatedException.class, () -> probe.anonymously(() -> myAccount.me()));
        assertThrows(AuthorizationException.class,
                () -> probe.as(alice, () -> administration.accounts(null, PageRequest.first(10))));
        assertThrows(AuthorizationException.class,
                () -> probe.as(alice, () -> administration.assignRoles(alice.getId(), EnumSet.of(Role.SYSTEM_ADMIN))));
        assertThrows(AuthorizationException.class,
                () -> probe.as(alice, () -> auditTrail.entries(AuditQuery.everything(), PageRequest.first(10))));

        Account noRoles = engineer("norole");
        probe.as(systemAdministrator(), () -> administration.assignRoles(noRoles.getId(), EnumSet.noneOf(Role.class)));
        assertThrows(AuthorizationException.class, () -> probe.as(noRoles, () -> cpdLog.totals()),
                "an account whose roles were all revoked can no longer log CPD");
        assertEquals(noRoles.getEmail(), probe.as(noRoles, () -> myAccount.me()).getEmail());
    }

    @Test
    void roleChangesAreAuditedAndTheLastSystemAdministratorIsKept() {
        Account admin = systemAdministrator();
        Account carol = engineer("carol");
        probe.as(admin, () -> administration.assignRoles(carol.getId(), EnumSet.of(Role.ENGINEER, Role.ASSESSOR)));
        AuditEntry entry = probe.audit(AuditAction.ROLES_CHANGED, carol.getId()).get(0);
        assertEquals("roles=[ENGINEER]", entry.getBeforeState());
        assertEquals("roles=[ASSESSOR, ENGINEER]", entry.getAfterState());
        assertEquals(admin.getId(), entry.getActorId());

        assertThrows(ConflictException.class,
                () -> probe.as(admin, () -> administration.assignRoles(admin.getId(), EnumSet.of(Role.ENGINEER))));
        assertTrue(probe.find(Account.class, admin.getId()).holds(Role.SYSTEM_ADMIN));
    }

    @Test
    void registrationIsAuditedAndATakenEmailInAnyCaseChangesNothing() {
        Account dora = engineer("dora");
        assertEquals(1, probe.audit(AuditAction.ACCOUNT_REGISTERED, dora.getId()).size());
        assertFalse(dora.isConfirmed());
        Account confirmed = provisioning.provision("eve-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org", "Eve", PASSWORD, EnumSet.of(Role.ENGINEER));
        registration.register(new NewAccount(confirmed.getEmail().toUpperCase(), "Eve again", "another passphrase 9"));
        Account after = probe.find(Account.class, confirmed.getId());
        assertEquals("Eve", after.getDisplayName());
        assertEquals(confirmed.getPasswordHash(), after.getPasswordHash());
        assertEquals(1, probe.audit(AuditAction.REGISTRATION_FOR_EXISTING_EMAIL, confirmed.getId()).size());
    }

    @Inject
    org.healthengineering.portal.application.framework.FrameworkCatalogue frameworks;

    @Inject
    org.healthengineering.portal.application.ScheduledOnce once;

    /**
     * Each node of a cluster fires the same timer; eight of them claiming one slot at once let exactly one run it, and
     * the next slot is free again.
     */
    @Test
    void aScheduledRunIsClaimedByOneNodeOfManyAtOnce() throws Exception {
        String job = "test-job-" + UUID.randomUUID().toString().substring(0, 8);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Boolean>> claims = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(nodes.submit(() -> {
                    start.await();
                    return once.claim(job, "2026-12-01");
                }));
            }
            start.countDown();
            int won = 0;
            for (java.util.concurrent.Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won, "one node runs the slot");
        } finally {
            nodes.shutdownNow();
        }
        assertTrue(once.claim(job, "2026-12-02"), "the next day's run is free");
        assertFalse(once.claim(job, "2026-12-02"));
    }

    /**
     * Bean Validation guards the service itself, whatever calls it (a page, the API, a later job): a competency
     * moved to position -5 is refused before anything changes.
     */
    @Test
    void aServiceRefusesAParameterOutsideItsConstraintWhoeverCallsIt() {
        Account body = provisioning.provision("body-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Body", PASSWORD, EnumSet.of(Role.BODY_ADMIN));
        long draft = probe.as(body, () -> frameworks.createDraft("BV" + UUID.randomUUID().toString().substring(0, 4)
                .toUpperCase(), "Validated", "Test body", "1").getId());
        long node = probe.as(body, () -> frameworks.addCompetency(draft, null,
                new org.healthengineering.portal.application.framework.FrameworkCatalogue.NodeDetails("N1", "Node",
                        "Statement", "Competency", null)).getId());
        Exception refused = assertThrows(Exception.class,
                () -> probe.as(body, () -> {
                    frameworks.moveCompetency(node, null, -5);
                    return null;
                }));
        Throwable cause = refused;
        while (cause != null && !(cause instanceof jakarta.validation.ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof jakarta.validation.ConstraintViolationException, String.valueOf(refused));
        assertTrue(((jakarta.validation.ConstraintViolationException) cause).getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().endsWith("position")), cause.toString());
        assertEquals(1, probe.find(org.healthengineering.portal.domain.framework.Competency.class, node).getSortOrder());
    }

    /** The administrator created at start-up from PORTAL_ADMIN_EMAIL (set by failsafe). */
    private Account systemAdministrator() {
        return probe.accountByEmail("it-admin@example.test");
    }
}
