package org.healthengineering.portal.domain.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static OutboxMail mail() {
        return OutboxMail.queue("ada@example.test", "A mentoring request", "Hello", NOW);
    }

    @Test
    void aQueuedMailIsDueAtOnceAndOneClaimKeepsOthersOffUntilItLapses() {
        OutboxMail mail = mail();
        assertEquals(OutboxMail.State.PENDING, mail.getState());
        assertTrue(mail.claimable(NOW));
        mail.claim("node-a", NOW);
        assertFalse(mail.claimable(NOW.plusSeconds(30)), "claimed by node-a");
        assertThrows(IllegalStateException.class, () -> mail.claim("node-b", NOW.plusSeconds(30)));
        // node-a died holding it: once the claim lapses, another node may take it.
        assertTrue(mail.claimable(NOW.plus(OutboxMail.CLAIM)));
        mail.claim("node-b", NOW.plus(OutboxMail.CLAIM));
    }

    @Test
    void aFailureWaitsLongerEachTimeThenHourly() {
        OutboxMail mail = mail();
        Instant at = NOW;
        long[] waits = {1, 2, 5, 10, 30, 60, 60};
        for (long minutes : waits) {
            mail.claim("node", at);
            mail.failed("Connection refused", at);
            assertEquals(OutboxMail.State.PENDING, mail.getState());
            assertEquals(at.plus(Duration.ofMinutes(minutes)), mail.getNextAttemptAt());
            assertFalse(mail.claimable(at.plus(Duration.ofMinutes(minutes)).minusSeconds(1)), "not before its wait");
            at = mail.getNextAttemptAt();
        }
        assertEquals(waits.length, mail.getAttempts());
        assertEquals("Connection refused", mail.getLastError());
    }

    @Test
    void aMailStillFailingAfterADayIsGivenUpAndNeverClaimedAgain() {
        OutboxMail mail = mail();
        Instant late = NOW.plus(OutboxMail.GIVE_UP_AFTER);
        mail.failed("x".repeat(5000), late);
        assertEquals(OutboxMail.State.GIVEN_UP, mail.getState());
        assertEquals(1000, mail.getLastError().length(), "the error is cut to its column");
        assertFalse(mail.claimable(late.plus(Duration.ofDays(2))));
    }

    @Test
    void aSentMailIsDoneAndForgetsItsLastError() {
        OutboxMail mail = mail();
        mail.claim("node", NOW);
        mail.failed("Greylisted", NOW);
        Instant retry = mail.getNextAttemptAt();
        mail.claim("node", retry);
        mail.sent(retry);
        assertEquals(OutboxMail.State.SENT, mail.getState());
        assertEquals(retry, mail.getSentAt());
        assertNull(mail.getLastError());
        assertEquals(2, mail.getAttempts());
        assertFalse(mail.claimable(retry.plus(Duration.ofHours(1))));
    }

    @Test
    void aMailNeedsARecipient() {
        assertThrows(IllegalArgumentException.class, () -> OutboxMail.queue(" ", "s", "b", NOW));
    }
}
