package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.QuarterTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetricTest {

    /** Establishment 50, in post 45, vacant 5, agency 5, engineers 20, technicians 15, 2 leavers, 48 heads (12 aged 55+). */
    static QuarterTotals totals() {
        return new QuarterTotals(new BigDecimal("50"), new BigDecimal("45"), new BigDecimal("5"), new BigDecimal("5"),
                new BigDecimal("20"), new BigDecimal("15"), 2, 48, 12);
    }

    private static final MetricInputs HOSPITAL = new MetricInputs(totals(), 600, 27_000, true, 72);

    @Test
    void everyMetricMatchesItsHandWorkedValue() {
        assertEquals(10.0, Metric.VACANCY_RATE.of(HOSPITAL), 1e-9);            // 5 / 50
        assertEquals(7.5, Metric.FTE_PER_100_BEDS.of(HOSPITAL), 1e-9);         // 45 / 600 × 100
        assertEquals(600.0, Metric.DEVICES_PER_FTE.of(HOSPITAL), 1e-9);        // 27,000 / 45
        assertEquals(0.75, Metric.TECHNICIANS_PER_ENGINEER.of(HOSPITAL), 1e-9); // 15 / 20
        assertEquals(10.0, Metric.AGENCY_SHARE.of(HOSPITAL), 1e-9);            // 5 / (45 + 5)
        assertEquals(4.1667, Metric.TURNOVER.of(HOSPITAL), 1e-4);              // 2 / 48
        assertEquals(25.0, Metric.SHARE_AGED_55_PLUS.of(HOSPITAL), 1e-9);      // 12 / 48
        assertEquals(1.0, Metric.ENGINEERING_LEAD_POST.of(HOSPITAL));
        assertEquals(72.0, Metric.PARITY_SCORE.of(HOSPITAL));
    }

    @Test
    void aZeroDenominatorOrAMissingReturnGivesNoValueNotZero() {
        MetricInputs noBeds = new MetricInputs(totals(), 0, 1000, false, null);
        assertNull(Metric.FTE_PER_100_BEDS.of(noBeds));
        assertNull(Metric.PARITY_SCORE.of(noBeds));
        assertEquals(0.0, Metric.ENGINEERING_LEAD_POST.of(noBeds));
        QuarterTotals empty = new QuarterTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0);
        MetricInputs nobody = new MetricInputs(empty, 100, 1000, true, 50);
        // No staff in post for 100 beds is a real 0 FTE per 100 beds; every other ratio divides by zero.
        assertEquals(0.0, Metric.FTE_PER_100_BEDS.of(nobody));
        for (Metric metric : Metric.values()) {
            if (metric.isQuarterly()) {
                if (metric != Metric.FTE_PER_100_BEDS) {
                    assertNull(metric.of(nobody), metric.name());
                }
                assertNull(metric.of(new MetricInputs(null, 100, 1000, true, 50)), metric.name());
            }
        }
    }
}
