package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national engineering workforce in one quarter, from every hospital's latest return: totals by staff group
 * and by region, vacancy rate, age profile, and a simple retirement projection. A region with fewer than
 * {@link PeerStatistics#MINIMUM_PEERS} reporting hospitals is suppressed (its figures still count nationally). The
 * national total minus the regions shown is what the withheld regions hold together, so that remainder must not be
 * one region, nor fewer than {@link PeerStatistics#MINIMUM_PEERS} hospitals: when it would be, the smallest regions
 * shown are withheld as well (complementary suppression), and when it cannot be made so, the totals are withheld.
 */
public record NationalWorkforce(Quarter quarter, int hospitals, Figures total, List<Figures> byGroup,
                                List<Figures> byRegion, List<ProjectionYear> projection) implements Serializable {

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
                          long headcount35To54, long headcount55Plus, String suppressed) implements Serializable {

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
    public record ProjectionYear(int year, double retiredFte, double toReplaceFte) implements Serializable {
    }

    /**
     * Regions with their figures, or withheld: those with fewer than the minimum of hospitals, then the smallest
     * others until the withheld ones are at least two regions holding at least the minimum of hospitals together.
     */
    private static List<Figures> withheldWhereSmall(java.util.Collection<Figures> regions) {
        String small = "Suppressed: fewer than " + PeerStatistics.MINIMUM_PEERS + " hospitals in this region reported.";
        String complement = "Suppressed as well, so that the regions withheld for having fewer than "
                + PeerStatistics.MINIMUM_PEERS + " reporting hospitals cannot be worked out from the national total.";
        Map<String, String> why = new TreeMap<>();
        regions.stream().filter(r -> r.hospitals() < PeerStatistics.MINIMUM_PEERS).forEach(r -> why.put(r.label(), small));
        List<Figures> shownBySize = new ArrayList<>(regions.stream().filter(r -> !why.containsKey(r.label()))
                .sorted(java.util.Comparator.comparingInt(Figures::hospitals).thenComparing(Figures::label)).toList());
        while (!why.isEmpty() && !shownBySize.isEmpty() && (why.size() < 2 || regions.stream()
                .filter(r -> why.containsKey(r.label())).mapToInt(Figures::hospitals).sum() < PeerStatistics.MINIMUM_PEERS)) {
            why.put(shownBySize.remove(0).label(), complement);
        }
        return regions.stream().map(r -> why.containsKey(r.label()) ? withheld(r, why.get(r.label())) : r).toList();
    }

    private static Figures withheld(Figures figures, String why) {
        return new Figures(figures.label(), figures.hospitals(), null, null, null, null, 0, 0, 0, 0, why);
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
        List<Figures> byRegion = withheldWhereSmall(regions.values());
        boolean totalsWithheld = byRegion.stream().anyMatch(r -> r.suppressed() != null)
                && byRegion.stream().filter(r -> r.suppressed() != null).mapToInt(Figures::hospitals).sum()
                < PeerStatistics.MINIMUM_PEERS;
        if (totalsWithheld || hospitals < PeerStatistics.MINIMUM_PEERS) {
            String why = "Suppressed: fewer than " + PeerStatistics.MINIMUM_PEERS + " hospitals reported outside the"
                    + " regions shown, so a total would reveal them.";
            return new NationalWorkforce(quarter, hospitals, withheld(total, why),
                    groups.values().stream().map(g -> withheld(g, why)).toList(), byRegion, List.of());
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
