package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // North would be the national total minus Isle, so it is withheld with it.
        NationalWorkforce.Figures north = view.byRegion().stream().filter(r -> r.label().equals("North")).findFirst()
                .orElseThrow();
        assertTrue(north.suppressed().startsWith("Suppressed as well"), north.suppressed());
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

    private static NationalWorkforce.Figures region(NationalWorkforce view, String label) {
        return view.byRegion().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theNationalTotalMinusTheRegionsShownNeverRevealsOneWithheldRegion() {
        NationalWorkforce view = NationalWorkforce.of(new Quarter(2026, 2), 22, List.of(
                cell("North", StaffGroup.CLINICAL_ENGINEER, 6, "50", "40", "10", 5, 15, 20),
                cell("South", StaffGroup.CLINICAL_ENGINEER, 9, "70", "60", "10", 5, 15, 20),
                cell("East", StaffGroup.CLINICAL_ENGINEER, 5, "30", "25", "5", 5, 15, 20),
                cell("Isle", StaffGroup.CLINICAL_ENGINEER, 2, "12", "10", "2", 2, 8, 10)));
        // Isle (2) is withheld, and the smallest region shown, East (5), with it; North and South are shown.
        assertTrue(region(view, "Isle").suppressed().startsWith("Suppressed: fewer than 5"));
        assertTrue(region(view, "East").suppressed().startsWith("Suppressed as well"));
        assertNull(region(view, "North").suppressed());
        assertNull(region(view, "South").suppressed());
        // The attack: the total minus the regions shown is East and Isle together (7 hospitals), not one region.
        BigDecimal shown = region(view, "North").establishmentFte().add(region(view, "South").establishmentFte());
        assertEquals(new BigDecimal("42"), view.total().establishmentFte().subtract(shown));
        assertEquals(7, region(view, "East").hospitals() + region(view, "Isle").hospitals());

        // Two small regions of 2 and 1 hospitals: withheld together they hold 3, so a third region joins them.
        NationalWorkforce three = NationalWorkforce.of(new Quarter(2026, 2), 18, List.of(
                cell("North", StaffGroup.CLINICAL_ENGINEER, 6, "50", "40", "10", 5, 15, 20),
                cell("South", StaffGroup.CLINICAL_ENGINEER, 9, "70", "60", "10", 5, 15, 20),
                cell("Isle", StaffGroup.CLINICAL_ENGINEER, 2, "12", "10", "2", 2, 8, 10),
                cell("Rock", StaffGroup.CLINICAL_ENGINEER, 1, "4", "4", "0", 1, 1, 1)));
        assertTrue(region(three, "North").suppressed().startsWith("Suppressed as well"));
        assertNull(region(three, "South").suppressed());

        // Only three hospitals in all: no region and no total can be shown without revealing them.
        NationalWorkforce tiny = NationalWorkforce.of(new Quarter(2026, 2), 3, List.of(
                cell("Isle", StaffGroup.CLINICAL_ENGINEER, 3, "12", "10", "2", 2, 8, 10)));
        assertNull(tiny.total().establishmentFte());
        assertTrue(tiny.projection().isEmpty());
    }
}
