package org.healthengineering.portal.domain.credential;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusListTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void entriesAreTakenAtRandomAndNeverTwice() {
        StatusList list = new StatusList(1, StatusPurpose.REVOCATION, NOW);
        Set<Integer> taken = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            int index = list.take(random).orElseThrow();
            assertTrue(taken.add(index));
        }
        assertEquals(1000, list.getTaken());
        // spread over the whole list, not handed out in order
        assertTrue(taken.stream().mapToInt(Integer::intValue).max().orElseThrow() > StatusList.SIZE / 2);
        assertTrue(taken.stream().mapToInt(Integer::intValue).min().orElseThrow() < StatusList.SIZE / 2);
    }

    @Test
    void aListStopsAcceptingWhenNoFreeEntryTurnsUp() {
        StatusList list = new StatusList(1, StatusPurpose.REVOCATION, NOW);
        // A generator that always picks the same entry: the second take finds it taken every time and gives up.
        java.util.random.RandomGenerator stuck = () -> 42L;
        assertTrue(list.take(stuck).isPresent());
        OptionalInt none = list.take(stuck);
        assertTrue(none.isEmpty());
        assertFalse(list.isAccepting());
        assertTrue(list.take(new Random(1)).isEmpty(), "a list that stopped accepting stays stopped");
    }

    @Test
    void markingSetsTheBitThatIsPublished() {
        StatusList list = new StatusList(1, StatusPurpose.SUSPENSION, NOW);
        assertTrue(list.mark(94567, true, NOW));
        assertFalse(list.mark(94567, true, NOW));
        BitstringStatusList published = BitstringStatusList.decode(list.list().encode());
        assertTrue(published.isSet(94567));
        assertFalse(published.isSet(94566));
        assertEquals(131_072, published.size());
        assertTrue(list.mark(94567, false, NOW));
        assertFalse(BitstringStatusList.decode(list.list().encode()).isSet(94567));
    }
}
