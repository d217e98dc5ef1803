package org.healthengineering.portal.domain.cpdaudit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleSelectionTest {

    private static final BigDecimal HCPC = new BigDecimal("0.025");
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");
    private static final String SEED = "4f1c0e9a7d2b5e83c6a19f0d2e7b4c58a3d6f1e0b9c2a7d4e5f8a1b0c3d6e9f2";

    private static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void theRateDrawsItsCeilingAndNeverMoreThanAll() {
        assertEquals(1, SampleSelection.drawn(HCPC, 40), "2.5% of 40 is exactly 1");
        assertEquals(2, SampleSelection.drawn(HCPC, 41), "2.5% of 41 is 1.025: the ceiling is 2");
        assertEquals(1, SampleSelection.drawn(HCPC, 1), "a stratum of one is still sampled");
        assertEquals(0, SampleSelection.drawn(HCPC, 0));
        assertEquals(5, SampleSelection.drawn(FIVE_PERCENT, 100));
        assertEquals(3, SampleSelection.drawn(BigDecimal.ONE, 3));
        assertEquals(0, SampleSelection.drawn(BigDecimal.ZERO, 3));
        assertThrows(IllegalArgumentException.class, () -> SampleSelection.drawn(new BigDecimal("1.01"), 3));
        assertThrows(IllegalArgumentException.class, () -> SampleSelection.drawn(new BigDecimal("-0.1"), 3));
    }

    @Test
    void eachStratumIsSampledAtTheRate() {
        Map<String, List<Long>> strata = Map.of("CEng", ids(1, 41), "IEng", ids(100, 179), "EngTech", List.of());
        List<SampleSelection.Sampled> sample = SampleSelection.select(SEED, HCPC, strata, Set.of());
        assertEquals(2, sample.stream().filter(s -> s.stratum().equals("CEng")).count());
        assertEquals(2, sample.stream().filter(s -> s.stratum().equals("IEng")).count(), "2.5% of 80 = 2");
        assertEquals(0, sample.stream().filter(s -> s.stratum().equals("EngTech")).count());
        sample.forEach(s -> assertEquals(SampleSelection.Reason.DRAWN, s.reason()));
        sample.stream().filter(s -> s.stratum().equals("CEng"))
                .forEach(s -> assertTrue(s.registrantId() >= 1 && s.registrantId() <= 41, "drawn from its own stratum"));
    }

    @Test
    void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
        Map<String, List<Long>> strata = Map.of("All", ids(1, 2000));
        List<SampleSelection.Sampled> once = SampleSelection.select(SEED, FIVE_PERCENT, strata, Set.of());
        assertEquals(once, SampleSelection.select(SEED, FIVE_PERCENT, strata, Set.of()));
        assertEquals(once, SampleSelection.select(SEED, FIVE_PERCENT, Map.of("All", LongStream.iterate(2000, id -> id >= 1, id -> id - 1).boxed().toList()), Set.of()),
                "the order in which the eligible are listed does not matter");
        assertNotEquals(once, SampleSelection.select(SEED + "0", FIVE_PERCENT, strata, Set.of()));
        assertEquals(100, once.size());
        assertTrue(SampleSelection.matches(once, SEED, FIVE_PERCENT, strata, Set.of()));
        assertFalse(SampleSelection.matches(once.subList(1, 100), SEED, FIVE_PERCENT, strata, Set.of()),
                "a stored sample missing someone does not verify");
    }

    @Test
    void theOrderIsTheDocumentedHashRecomputedIndependently() throws Exception {
        List<Long> eligible = ids(1, 200);
        List<SampleSelection.Sampled> sample = SampleSelection.select(SEED, FIVE_PERCENT, Map.of("All", eligible), Set.of());
        // Recompute as the README tells a reader to: SHA-256 of "seed:id", hex, smallest first, take ceil(rate × n).
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Long> expected = eligible.stream()
                .sorted(java.util.Comparator.comparing((Long id) -> HexFormat.of().formatHex(
                        sha.digest((SEED + ":" + id).getBytes(StandardCharsets.UTF_8)))))
                .limit(10).toList();
        assertEquals(expected, sample.stream().map(SampleSelection.Sampled::registrantId).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), sample.stream().map(SampleSelection.Sampled::place).toList());
        // A published vector for this seed, so that a reader can check their own tool: the hash of "seed:1".
        assertEquals(HexFormat.of().formatHex(sha.digest((SEED + ":1").getBytes(StandardCharsets.UTF_8))),
                SampleSelection.hash(SEED, 1));
    }

    @Test
    void thoseWhoDidNotEngageBeforeAreAddedOnTopWhenStillEligible() {
        Map<String, List<Long>> strata = Map.of("CEng", ids(1, 40), "IEng", ids(41, 80));
        List<SampleSelection.Sampled> random = SampleSelection.select(SEED, HCPC, strata, Set.of());
        long drawnOne = random.get(0).registrantId();
        long notDrawn = LongStream.rangeClosed(1, 80).filter(id -> random.stream().noneMatch(s -> s.registrantId() == id))
                .findFirst().orElseThrow();
        List<SampleSelection.Sampled> sample = SampleSelection.select(SEED, HCPC, strata,
                Set.of(drawnOne, notDrawn, 999L));
        assertEquals(random.size() + 1, sample.size(), "a registrant drawn anyway is not counted twice; 999 is not eligible");
        SampleSelection.Sampled added = sample.get(sample.size() - 1);
        assertEquals(notDrawn, added.registrantId());
        assertEquals(SampleSelection.Reason.NOT_ENGAGED_BEFORE, added.reason());
        assertEquals(notDrawn <= 40 ? "CEng" : "IEng", added.stratum());
        assertEquals(random, sample.subList(0, random.size()), "the random sample is unchanged by the additions");
    }

    @Test
    void aRegistrantInTwoStrataOrNoSeedIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SampleSelection.select(SEED, HCPC, Map.of("A", List.of(1L), "B", List.of(1L)), Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> SampleSelection.select(" ", HCPC, Map.of("A", List.of(1L)), Set.of()));
    }
}
