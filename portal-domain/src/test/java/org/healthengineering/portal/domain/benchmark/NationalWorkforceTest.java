package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class NationalWorkforceTest {

    private static NationalWorkforce.Cell cell(String region, StaffGroup group, int hospitals, String establishment,
                                               String inPost, String vacancies, long under35, long mid, long older) {
        return new NationalWorkforce.Cell(region, group, hospitals, new BigDecimal(establishment),
                new BigDecimal(inPost), new BigDecimal(vacancies), BigDecimal.ZERO, 0, under35, mid, older);
    }

    @Test
    void totalsRatesSuppressionAndTheProjection() {
        NationalWorkforce view = NationalWorkforce.of(new Quarter(2026, 2), 8, List.of(
                // North: 6 hospitals. 40 engineers' heads on 40 FTE, 20 aged 55+.
                cell("North", StaffGroup.CLINICAL_ENGINEER, 6, "50", "40", "10", 5, 15, 20),
                // Isle: 2 hospitals, suppressed as a region. 20 heads on 10 FTE (half-time), 10 aged 55+.
                cell("Isle", StaffGroup.CLINICAL_TECHNOLOGIST, 2, "12", "10", "2", 2, 8, 10)));
        assertEquals(new BigDecimal("62"), view.total().establishmentFte());
        assertEquals(12.0 / 62 * 100, view.total().vacancyRate(), 1e-9);
        assertEquals(30.0 / 60 * 100, view.total().share55Plus(), 1e-9);
        NationalWorkforce.Figures north = view.byRegion().stream().filter(r -> r.label().equals("North")).findFirst()
                .orElseThrow();
        assertNull(north.suppressed());
        assertEquals(20.0, north.vacancyRate(), 1e-9);
        NationalWorkforce.Figures isle = view.byRegion().stream().filter(r -> r.label().equals("Isle")).findFirst()
                .orElseThrow();
        assertNotNull(isle.suppressed());
        assertNull(isle.establishmentFte());
        // Engineers: 20 heads × 1 FTE/head; technologists: 10 heads × 0.5 FTE/head → 25 FTE over 10 years.
        assertEquals(10, view.projection().size());
        assertEquals(2.5, view.projection().get(0).retiredFte(), 1e-9);
        assertEquals(25.0, view.projection().get(9).retiredFte(), 1e-9);
        assertEquals(12 + 25.0, view.projection().get(9).toReplaceFte(), 1e-9);
        NationalWorkforce.Figures engineers = view.byGroup().stream()
                .filter(g -> g.label().equals(StaffGroup.CLINICAL_ENGINEER.getLabel())).findFirst().orElseThrow();
        assertEquals(50.0, engineers.share55Plus(), 1e-9);
    }
}
