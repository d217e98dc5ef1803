package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national engineering workforce in one quarter, from every hospital's latest return: totals by staff group
 * and by region, vacancy rate, age profile, and a simple retirement projection. A region with fewer than
 * {@link PeerStatistics#MINIMUM_PEERS} reporting hospitals is suppressed (its figures still count nationally).
 */
public record NationalWorkforce(Quarter quarter, int hospitals, Figures total, List<Figures> byGroup,
                                List<Figures> byRegion, List<ProjectionYear> projection) {

    public static final int PROJECTION_YEARS = 10;

    public static final String ASSUMPTION = "Everyone aged 55 and over leaves within the next " + PROJECTION_YEARS
            + " years, one tenth of them each year; headcount is turned into FTE with each staff group's own in-post"
            + " FTE per head. Nobody younger leaves or turns 55, and nobody is recruited: the projection shows how"
            + " much must be replaced on top of today's vacancies.";

    /** One region's figures for one staff group, summed over its reporting hospitals. */
    public record Cell(String region, StaffGroup group, int hospitals, BigDecimal establishmentFte,
                       BigDecimal inPostFte, BigDecimal vacancyFte, BigDecimal agencyFte, long leavers,
                       long headcountUnder35, long headcount35To54, long headcount55Plus) {
    }

    /** Summed figures for a staff group, a region or everyone; {@code suppressed} says why they are withheld. */
    public record Figures(String label, int hospitals, BigDecimal establishmentFte, BigDecimal inPostFte,
                          BigDecimal vacancyFte, BigDecimal agencyFte, long leavers, long headcountUnder35,
                          long headcount35To54, long headcount55Plus, String suppressed) {

        public Double vacancyRate() {
            return establishmentFte == null || establishmentFte.signum() == 0 ? null
                    : 100 * vacancyFte.doubleValue() / establishmentFte.doubleValue();
        }

        public long headcount() {
            return headcountUnder35 + headcount35To54 + headcount55Plus;
        }

        public Double share55Plus() {
            return suppressed != null || headcount() == 0 ? null : 100.0 * headcount55Plus / headcount();
        }

        /** In-post FTE per head, to turn headcount into FTE. */
        double ftePerHead() {
            return headcount() == 0 ? 0 : inPostFte.doubleValue() / headcount();
        }

        Figures plus(Cell cell) {
            return new Figures(label, hospitals, establishmentFte.add(cell.establishmentFte()),
                    inPostFte.add(cell.inPostFte()), vacancyFte.add(cell.vacancyFte()), agencyFte.add(cell.agencyFte()),
                    leavers + cell.leavers(), headcountUnder35 + cell.headcountUnder35(),
                    headcount35To54 + cell.headcount35To54(), headcount55Plus + cell.headcount55Plus(), null);
        }

        static Figures empty(String label, int hospitals) {
            return new Figures(label, hospitals, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    0, 0, 0, 0, null);
        }
    }

    /**
     * One year of the projection.
     *
     * @param year                  1 to {@link #PROJECTION_YEARS} years from the quarter
     * @param retiredFte            FTE retired by then, cumulatively
     * @param toReplaceFte          today's vacancies plus the retired FTE
     */
    public record ProjectionYear(int year, double retiredFte, double toReplaceFte) {
    }

    public static NationalWorkforce of(Quarter quarter, int hospitals, List<Cell> cells) {
        Map<StaffGroup, Figures> groups = new EnumMap<>(StaffGroup.class);
        Map<String, Figures> regions = new TreeMap<>();
        Map<String, Integer> regionHospitals = new TreeMap<>();
        for (Cell cell : cells) {
            regionHospitals.merge(cell.region(), cell.hospitals(), Math::max);
        }
        Figures total = Figures.empty("All staff groups, all regions", hospitals);
        for (StaffGroup group : StaffGroup.values()) {
            groups.put(group, Figures.empty(group.getLabel(), hospitals));
        }
        for (Cell cell : cells) {
            groups.put(cell.group(), groups.get(cell.group()).plus(cell));
            regions.computeIfAbsent(cell.region(), r -> Figures.empty(r, regionHospitals.get(r)));
            regions.put(cell.region(), regions.get(cell.region()).plus(cell));
            total = total.plus(cell);
        }
        List<Figures> byRegion = new ArrayList<>();
        for (Figures region : regions.values()) {
            byRegion.add(region.hospitals() >= PeerStatistics.MINIMUM_PEERS ? region
                    : new Figures(region.label(), region.hospitals(), null, null, null, null, 0, 0, 0, 0,
                    "Suppressed: fewer than " + PeerStatistics.MINIMUM_PEERS + " hospitals in this region reported."));
        }
        double retiringFtePerYear = 0;
        for (Figures group : groups.values()) {
            retiringFtePerYear += group.headcount55Plus() * group.ftePerHead() / PROJECTION_YEARS;
        }
        List<ProjectionYear> projection = new ArrayList<>();
        double vacancies = total.vacancyFte().doubleValue();
        for (int year = 1; year <= PROJECTION_YEARS; year++) {
            projection.add(new ProjectionYear(year, retiringFtePerYear * year, vacancies + retiringFtePerYear * year));
        }
        return new NationalWorkforce(quarter, hospitals, total, List.copyOf(groups.values()), byRegion, projection);
    }
}
