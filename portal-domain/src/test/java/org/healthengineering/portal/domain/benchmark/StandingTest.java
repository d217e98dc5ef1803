package org.healthengineering.portal.domain.benchmark;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StandingTest {

    // Peers 2, 4, 4, 5, 9: median 4, quartiles 4 and 5.
    private static final Optional<PeerStatistics> PEERS = Optional.of(PeerStatistics.of(new double[]{2, 4, 4, 5, 9}));

    @Test
    void lowerIsBetterByQuartileAgainstTheMedian() {
        assertEquals(4.0, PEERS.get().median());
        assertEquals(Standing.GREEN, Standing.of(Metric.VACANCY_RATE, 2.0, PEERS), "below the median");
        assertEquals(Standing.GREEN, Standing.of(Metric.VACANCY_RATE, 4.0, PEERS), "at the median");
        assertEquals(Standing.AMBER, Standing.of(Metric.VACANCY_RATE, 4.5, PEERS), "between the median and the upper quartile");
        assertEquals(Standing.AMBER, Standing.of(Metric.VACANCY_RATE, 5.0, PEERS), "at the upper quartile");
        assertEquals(Standing.RED, Standing.of(Metric.VACANCY_RATE, 6.0, PEERS), "beyond the upper quartile");
    }

    @Test
    void higherIsBetterMirrors() {
        Optional<PeerStatistics> spread = Optional.of(PeerStatistics.of(new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9}));
        PeerStatistics s = spread.get();
        assertEquals(Standing.GREEN, Standing.of(Metric.FTE_PER_100_BEDS, s.median() + 1, spread));
        assertEquals(Standing.AMBER, Standing.of(Metric.FTE_PER_100_BEDS, (s.lowerQuartile() + s.median()) / 2, spread),
                "below the median but above the lower quartile");
        assertEquals(Standing.RED, Standing.of(Metric.FTE_PER_100_BEDS, s.lowerQuartile() - 0.5, spread));
    }

    @Test
    void notRatedWithoutDirectionValueOrPeers() {
        assertEquals(Standing.NOT_RATED, Standing.of(Metric.TECHNICIANS_PER_ENGINEER, 9.0, PEERS));
        assertEquals(Standing.NOT_RATED, Standing.of(Metric.VACANCY_RATE, null, PEERS));
        assertEquals(Standing.NOT_RATED, Standing.of(Metric.VACANCY_RATE, 3.0, Optional.empty()));
    }

    @Test
    void yesNoMetricAgainstWhatMostPeersHave() {
        Optional<PeerStatistics> mostHave = Optional.of(PeerStatistics.of(new double[]{1, 1, 1, 0, 1}));
        Optional<PeerStatistics> mostLack = Optional.of(PeerStatistics.of(new double[]{0, 0, 1, 0, 0}));
        assertEquals(Standing.GREEN, Standing.of(Metric.ENGINEERING_LEAD_POST, 1.0, mostLack));
        assertEquals(Standing.RED, Standing.of(Metric.ENGINEERING_LEAD_POST, 0.0, mostHave));
        assertEquals(Standing.AMBER, Standing.of(Metric.ENGINEERING_LEAD_POST, 0.0, mostLack));
    }
}
