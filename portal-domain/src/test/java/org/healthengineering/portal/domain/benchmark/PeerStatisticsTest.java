package org.healthengineering.portal.domain.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PeerStatisticsTest {

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        // n = 10: Q1 at position 2.25 → 3 + 0.25·(4 − 3); median at 4.5 → 5.5; Q3 at 6.75 → 7.75.
        PeerStatistics s = PeerStatistics.of(new double[] {10, 3, 1, 7, 5, 2, 9, 4, 8, 6});
        assertEquals(10, s.count());
        assertEquals(1, s.lowest());
        assertEquals(3.25, s.lowerQuartile(), 1e-9);
        assertEquals(5.5, s.median(), 1e-9);
        assertEquals(7.75, s.upperQuartile(), 1e-9);
        assertEquals(10, s.highest());
        assertEquals(5.5, s.mean(), 1e-9);
    }

    @Test
    void oddCountHasTheMiddleValueAsMedian() {
        PeerStatistics s = PeerStatistics.of(new double[] {9, 2, 4, 5, 4});
        assertEquals(4, s.lowerQuartile(), 1e-9);
        assertEquals(4, s.median(), 1e-9);
        assertEquals(5, s.upperQuartile(), 1e-9);
    }

    @Test
    void outliersLieBeyondOneAndAHalfInterquartileRanges() {
        PeerStatistics s = PeerStatistics.of(new double[] {2, 4, 4, 5, 9});
        // IQR = 5 − 4 = 1, fences at 2.5 and 6.5.
        assertEquals("high", s.outlier(9));
        assertEquals("low", s.outlier(2));
        assertNull(s.outlier(6.5));
        assertNull(s.outlier(2.5));
    }

    @Test
    void rankCountsFromTheLowestAndTiesShareAPlace() {
        double[] sorted = {2, 4, 4, 5, 9};
        assertEquals(1, PeerStatistics.rankFromLowest(sorted, 2));
        assertEquals(2, PeerStatistics.rankFromLowest(sorted, 4));
        assertEquals(4, PeerStatistics.rankFromLowest(sorted, 5));
        assertEquals(5, PeerStatistics.rankFromLowest(sorted, 9));
        assertEquals(new Rank(2, 1, 5), Rank.of(sorted, 4), "the two 4s share 2nd place");
        assertEquals(new Rank(1, 0, 5), Rank.of(sorted, 2));
        assertEquals(new Rank(1, 4, 5), Rank.of(new double[] {0, 0, 0, 0, 0}, 0));
    }

    @Test
    void aSingleValueIsEveryQuartile() {
        PeerStatistics s = PeerStatistics.of(new double[] {3});
        assertEquals(3, s.lowerQuartile());
        assertEquals(3, s.upperQuartile());
    }
}
