package org.healthengineering.portal.domain.home;

import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.benchmark.Peer;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.benchmark.PeerStatistics;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.QuarterTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricDeviationTest {

    private static final Quarter Q = new Quarter(2026, 2);

    /**
     * 60 FTE established, 54 in post (18 engineers, 18 technicians), 60 heads of whom 12 are 55 or over; five
     * vacant FTE plus {@code moreVacant}, {@code agency} agency FTE and {@code leavers} leavers.
     */
    private static QuarterTotals totals(double moreVacant, double agency, int leavers) {
        return new QuarterTotals(new BigDecimal("60"), new BigDecimal("54"), BigDecimal.valueOf(5 + moreVacant),
                BigDecimal.valueOf(agency), new BigDecimal("18"), new BigDecimal("18"), leavers, 60, 12);
    }

    /**
     * Hospital 1 against four peers alike in everything but vacancies (rates 9, 10, 11 and 12 %), agency
     * (0.5 to 2 FTE) and leavers (1 to 4); hospital 1 has 25 % vacant, 10 agency FTE and 12 leavers.
     */
    private static Benchmark benchmark(int peerCount) {
        List<Peer> peers = new ArrayList<>();
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        peers.add(new Peer(1, "Own", true, 300, 9000, true, 65));
        rows.add(new Benchmark.QuarterRow(1, Q, totals(10, 10, 12)));
        for (int i = 1; i <= peerCount; i++) {
            peers.add(new Peer(1 + i, "Peer " + i, true, 300, 9000, false, null));
            rows.add(new Benchmark.QuarterRow(1 + i, Q, totals(-0.2 + 0.6 * i, 0.5 * i, i)));
        }
        return Benchmark.compute(1, PeerGroup.CUSTOM, Q, peers, rows);
    }

    @Test
    void theThreeMetricsFurthestFromTheMedianInInterquartileRanges() {
        List<MetricDeviation> furthest = MetricDeviation.furthest(benchmark(4), MetricDeviation.SHOWN);
        assertEquals(List.of(Metric.AGENCY_SHARE, Metric.VACANCY_RATE, Metric.TURNOVER),
                furthest.stream().map(MetricDeviation::metric).toList());
        // Agency: 0.917, 1.818, 2.703, 3.571 and 15.625 %; median 2.703, IQR 3.571 − 1.818 = 1.753: 7.37 IQRs.
        MetricDeviation agency = furthest.get(0);
        assertEquals(15.625, agency.value(), 1e-9);
        assertEquals(1.5 / 55.5 * 100, agency.median(), 1e-9);
        assertEquals((15.625 - 1.5 / 55.5 * 100) / (2 / 56.0 * 100 - 1 / 55.0 * 100), agency.distance(), 1e-9);
        assertTrue(agency.above());
        // Vacancies: 9, 10, 11, 12 and 25 %: (25 − 11) ÷ 2 = 7. Turnover: 1.67 … 6.67 and 20 %: 15 ÷ 3.33 = 4.5.
        assertEquals(25.0, furthest.get(1).value(), 1e-9);
        assertEquals(11.0, furthest.get(1).median(), 1e-9);
        assertEquals(7.0, furthest.get(1).distance(), 1e-9);
        assertEquals(4.5, furthest.get(2).distance(), 1e-9);
    }

    @Test
    void suppressedYesNoAndMissingMetricsTakeNoPart() {
        // Parity: only this hospital has a score, so it is suppressed; the lead post is yes/no.
        List<MetricDeviation> all = MetricDeviation.furthest(benchmark(4), 20);
        assertEquals(7, all.size());
        assertTrue(all.stream().noneMatch(d -> d.metric() == Metric.PARITY_SCORE
                || d.metric() == Metric.ENGINEERING_LEAD_POST));
        // The metrics where everyone is alike lie on the median.
        assertEquals(0.0, all.get(6).distance(), 1e-12);
        // Four hospitals in all: every statistic is suppressed, so no metric is named.
        assertEquals(List.of(), MetricDeviation.furthest(benchmark(3), MetricDeviation.SHOWN));
    }

    @Test
    void withoutSpreadTheMediansSizeIsTheYardstick() {
        PeerStatistics alike = PeerStatistics.of(new double[]{10, 10, 10, 10, 14});
        assertEquals(0.4, MetricDeviation.between(14, alike), 1e-12);
        PeerStatistics zeros = PeerStatistics.of(new double[]{0, 0, 0, 0, 3});
        assertEquals(3.0, MetricDeviation.between(3, zeros), 1e-12);
        assertFalse(new MetricDeviation(Metric.TURNOVER, 2, 5, 1).above());
    }
}
