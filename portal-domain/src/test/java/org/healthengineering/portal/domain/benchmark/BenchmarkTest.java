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
    void fiveHospitalsGiveStatisticsRankAndNamedBarsOnlyWithConsent() {
        List<Peer> peers = new ArrayList<>();
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        double[] vacancies = {2, 4, 4, 5, 9};
        for (int i = 0; i < vacancies.length; i++) {
            peers.add(new Peer(i + 1, "Hospital " + (i + 1), i % 2 == 0, 500, 10_000, i < 3, 60 + i));
            rows.add(new Benchmark.QuarterRow(i + 1, Q, vacant(vacancies[i])));
        }
        Benchmark benchmark = Benchmark.compute(4, PeerGroup.NATIONAL, Q, peers, rows);
        Benchmark.MetricResult result = vacancy(benchmark);
        assertEquals(5.0, result.value(), 1e-9);
        assertEquals(4.0, result.statistics().orElseThrow().median(), 1e-9);
        assertEquals(4, result.rank());
        assertNull(result.outlier());
        assertNull(result.suppressed());
        // Hospital 5 (9 %) lies beyond the upper fence of 6.5 %; its own benchmark flags it.
        assertEquals("high", vacancy(Benchmark.compute(5, PeerGroup.NATIONAL, Q, peers, rows)).outlier());
        // Bars: own hospital (4) named; 1, 3 and 5 consented; 2 did not.
        List<String> labels = result.bars().stream().map(Benchmark.Bar::label).toList();
        assertEquals(java.util.Arrays.asList("Hospital 1", null, "Hospital 3", "Hospital 4", "Hospital 5"), labels);
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
}
