package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.QuarterTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkTest {

    private static final Quarter Q = new Quarter(2026, 3);

    /** Establishment 100 FTE with the given vacant FTE, 90 in post, 50 heads. */
    private static QuarterTotals vacant(double vacancies) {
        return new QuarterTotals(new BigDecimal("100"), new BigDecimal("90"), BigDecimal.valueOf(vacancies),
                BigDecimal.ZERO, new BigDecimal("40"), new BigDecimal("30"), 1, 50, 10);
    }

    private static Benchmark.MetricResult vacancy(Benchmark benchmark) {
        return benchmark.metrics().stream().filter(m -> m.metric() == Metric.VACANCY_RATE).findFirst().orElseThrow();
    }

    @Test
    void fiveHospitalsGiveStatisticsRankAndBars() {
        List<Peer> peers = new ArrayList<>();
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        double[] vacancies = {2, 4, 4, 5, 9};
        for (int i = 0; i < vacancies.length; i++) {
            peers.add(new Peer(i + 1, "Hospital " + (i + 1), true, 500, 10_000, i < 3, 60 + i));
            rows.add(new Benchmark.QuarterRow(i + 1, Q, vacant(vacancies[i])));
        }
        Benchmark benchmark = Benchmark.compute(4, PeerGroup.NATIONAL, Q, peers, rows);
        Benchmark.MetricResult result = vacancy(benchmark);
        assertEquals(5.0, result.value(), 1e-9);
        assertEquals(4.0, result.statistics().orElseThrow().median(), 1e-9);
        assertEquals(new Rank(4, 0, 5), result.rank());
        assertEquals("4th of 5", result.rank().inWords());
        // Hospitals 2 and 3 share 4 %: each is joint 2nd, not one of them 2nd and the other 3rd.
        assertEquals("joint 2nd of 5, with 1 other",
                vacancy(Benchmark.compute(3, PeerGroup.NATIONAL, Q, peers, rows)).rank().inWords());
        assertNull(result.outlier());
        assertNull(result.suppressed());
        // Hospital 5 (9 %) lies beyond the upper fence of 6.5 %; its own benchmark flags it.
        assertEquals("high", vacancy(Benchmark.compute(5, PeerGroup.NATIONAL, Q, peers, rows)).outlier());
        List<String> labels = result.bars().stream().map(Benchmark.Bar::label).toList();
        assertEquals(List.of("Hospital 1", "Hospital 2", "Hospital 3", "Hospital 4", "Hospital 5"), labels);
        assertTrue(result.bars().get(3).own());
        // Yes/no metric: the share with a post, no rank.
        Benchmark.MetricResult lead = benchmark.metrics().stream()
                .filter(m -> m.metric() == Metric.ENGINEERING_LEAD_POST).findFirst().orElseThrow();
        assertEquals(0.6, lead.statistics().orElseThrow().mean(), 1e-9);
        assertNull(lead.rank());
        // Trend: eight quarters, only the last has figures.
        assertEquals(8, result.trend().size());
        assertEquals(Q, result.trend().get(7).quarter());
        assertEquals(4.0, result.trend().get(7).median(), 1e-9);
        assertNull(result.trend().get(6).median());
    }

    @Test
    void aValueManyHospitalsShareRanksAsAJointPlace() {
        // 196 hospitals, 121 of them without vacancies: the median is 0 %, and each of the 121 is joint 1st.
        List<Peer> peers = new ArrayList<>();
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        for (int i = 1; i <= 196; i++) {
            peers.add(new Peer(i, "Hospital " + i, true, 500, 10_000, true, 70));
            rows.add(new Benchmark.QuarterRow(i, Q, vacant(i <= 121 ? 0 : i % 7 + 1)));
        }
        Benchmark.MetricResult zero = vacancy(Benchmark.compute(1, PeerGroup.NATIONAL, Q, peers, rows));
        assertEquals(0.0, zero.statistics().orElseThrow().median(), 1e-9);
        assertEquals(new Rank(1, 120, 196), zero.rank());
        assertTrue(zero.rank().isJoint());
        assertEquals("joint 1st of 196, with 120 others", zero.rank().inWords());
        assertEquals("joint 1st", zero.rank().toString(), "what a page puts before \"of 196\"");
        // The highest value alone: no tie to speak of.
        peers.add(new Peer(197, "Hospital 197", true, 500, 10_000, true, 70));
        rows.add(new Benchmark.QuarterRow(197, Q, vacant(50)));
        Benchmark.MetricResult top = vacancy(Benchmark.compute(197, PeerGroup.NATIONAL, Q, peers, rows));
        assertEquals("197th of 197", top.rank().inWords());
        assertFalse(top.rank().isJoint());
    }

    @Test
    void ordinalsReadAsWords() {
        List<String> expected = List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th", "112th", "113th", "122nd");
        List<Integer> numbers = List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113, 122);
        assertEquals(expected, numbers.stream().map(Rank::ordinal).toList());
    }

    @Test
    void fourHospitalsAreSuppressedAndSayWhy() {
        List<Peer> peers = new ArrayList<>();
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            peers.add(new Peer(i, "Hospital " + i, true, 500, 10_000, true, 70));
            if (i <= 4) {
                rows.add(new Benchmark.QuarterRow(i, Q, vacant(i)));
            }
        }
        Benchmark benchmark = Benchmark.compute(1, PeerGroup.REGION, Q, peers, rows);
        Benchmark.MetricResult result = vacancy(benchmark);
        assertEquals(1.0, result.value(), 1e-9);
        assertTrue(result.statistics().isEmpty());
        assertTrue(result.bars().isEmpty());
        assertNull(result.rank());
        assertTrue(result.suppressed().contains("only 4 hospitals"), result.suppressed());
        // Leadership metrics need no return, so all five count and nothing is suppressed there.
        assertFalse(benchmark.metrics().stream().filter(m -> m.metric() == Metric.PARITY_SCORE).findFirst()
                .orElseThrow().statistics().isEmpty());
        // The fifth hospital has no return: its value is missing, not zero.
        Benchmark.MetricResult fifth = vacancy(Benchmark.compute(5, PeerGroup.REGION, Q, peers, rows));
        assertNull(fifth.value());
        assertEquals("No staffing return for 2026-Q3.", fifth.valueNote());
    }

    @Test
    void largeGroupsAreChartedAsPercentilesWithTheHospitalAmongThem() {
        List<Peer> peers = new ArrayList<>();
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            peers.add(new Peer(i, "Hospital " + i, true, 500, 10_000, true, 70));
            rows.add(new Benchmark.QuarterRow(i, Q, vacant(i % 20)));
        }
        Benchmark.MetricResult result = vacancy(Benchmark.compute(7, PeerGroup.NATIONAL, Q, peers, rows));
        assertEquals(22, result.bars().size());
        assertEquals(1, result.bars().stream().filter(Benchmark.Bar::own).count());
        assertTrue(result.bars().stream().filter(b -> !b.own()).allMatch(b -> b.label().startsWith("P")));
    }

    /** Named hospitals 1–5 at 2, 4, 4, 5 and 9 % vacancies, plus the not-named hospitals given (ids from 101). */
    private static Benchmark compute(PeerGroup group, long own, List<Long> namedMembers, double... notNamed) {
        List<Peer> peers = new ArrayList<>();
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        double[] vacancies = {2, 4, 4, 5, 9};
        for (long id : namedMembers) {
            peers.add(new Peer(id, "Hospital " + id, true, 500, 10_000, true, 70));
            rows.add(new Benchmark.QuarterRow(id, Q, vacant(vacancies[(int) id - 1])));
        }
        for (int i = 0; i < notNamed.length; i++) {
            peers.add(new Peer(101 + i, "Secret " + (101 + i), false, 500, 10_000, true, 70));
            rows.add(new Benchmark.QuarterRow(101 + i, Q, vacant(notNamed[i])));
        }
        return Benchmark.compute(own, group, Q, peers, rows);
    }

    private static List<Double> figures(Benchmark.MetricResult m) {
        PeerStatistics s = m.statistics().orElseThrow();
        return List.of(s.lowest(), s.lowerQuartile(), s.median(), s.upperQuartile(), s.highest(), (double) s.count(),
                (double) m.rank().position(), (double) m.rank().sharedWith());
    }

    @Test
    void theDifferencingAttackThroughMyPeersLearnsNothingAboutAHospitalThatDidNotConsent() {
        List<Long> fourNamed = List.of(1L, 2L, 3L, 4L);
        // The attacker (hospital 1) lists four named hospitals plus the secret one, then the four alone.
        Benchmark.MetricResult withSecret = vacancy(compute(PeerGroup.CUSTOM, 1, List.of(1L, 2L, 3L, 4L, 5L), 30));
        Benchmark.MetricResult without = vacancy(compute(PeerGroup.CUSTOM, 1, List.of(1L, 2L, 3L, 4L, 5L)));
        assertEquals(figures(without), figures(withSecret), "the two lists answer the same");
        assertEquals(without.bars(), withSecret.bars());
        assertTrue(withSecret.bars().stream().noneMatch(b -> b.value() == 30.0), "no bar shows the secret value");
        assertTrue(withSecret.leftOut().startsWith("1 hospital that has not agreed to be named is in your list"),
                withSecret.leftOut());
        // Four named and one secret: suppressed, not computed from the secret one.
        Benchmark.MetricResult small = vacancy(compute(PeerGroup.CUSTOM, 1, fourNamed, 30));
        assertTrue(small.statistics().isEmpty());
        assertTrue(small.suppressed().contains("only 4 hospitals"), small.suppressed());
        // Even five secret hospitals in one's own list are never counted: lists differing by one stay equal.
        assertEquals(figures(vacancy(compute(PeerGroup.CUSTOM, 1, List.of(1L, 2L, 3L, 4L, 5L), 30, 31, 32, 33, 34))),
                figures(vacancy(compute(PeerGroup.CUSTOM, 1, List.of(1L, 2L, 3L, 4L, 5L), 30, 31, 32, 33, 34, 35))));
    }

    @Test
    void thePortalsGroupsCountNotNamedHospitalsOnlyWhenFiveOrMoreHaveAValue() {
        List<Long> fiveNamed = List.of(1L, 2L, 3L, 4L, 5L);
        Benchmark.MetricResult oneSecret = vacancy(compute(PeerGroup.REGION, 1, fiveNamed, 30));
        assertEquals(figures(vacancy(compute(PeerGroup.REGION, 1, fiveNamed))), figures(oneSecret),
                "one secret hospital is left out, so the named bars and the statistics cannot give it away");
        assertTrue(oneSecret.leftOut().contains("left out"), oneSecret.leftOut());
        assertEquals(5, oneSecret.bars().size());
        Benchmark.MetricResult fourSecrets = vacancy(compute(PeerGroup.KIND, 1, fiveNamed, 30, 31, 32, 33));
        assertEquals(5, fourSecrets.statistics().orElseThrow().count());
        // Five secret hospitals count in the statistics (9 % becomes the median of ten), but are never drawn.
        Benchmark.MetricResult fiveSecrets = vacancy(compute(PeerGroup.NATIONAL, 1, fiveNamed, 30, 31, 32, 33, 34));
        assertEquals(10, fiveSecrets.statistics().orElseThrow().count());
        assertEquals((9 + 30) / 2.0, fiveSecrets.statistics().orElseThrow().median(), 1e-9);
        assertNull(fiveSecrets.leftOut());
        assertEquals(List.of("Hospital 1", "Hospital 2", "Hospital 3", "Hospital 4", "Hospital 5"),
                fiveSecrets.bars().stream().map(Benchmark.Bar::label).toList());
    }
}
