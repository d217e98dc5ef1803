package org.healthengineering.portal.application.benchmark;

import org.healthengineering.portal.application.BatchInserts;
import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.benchmark.MetricInputs;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.benchmark.SizeBand;
import org.healthengineering.portal.domain.shared.InstantConverter;
import org.healthengineering.portal.domain.staffing.QuarterTotals;
import org.healthengineering.portal.domain.staffing.StaffingReturn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every hospital's metric values ({@code benchmark_value}) current, in the transaction that changes a return
 * or a hospital, and marks the portal groups' kept statistics those values feed as stale ({@code benchmark_stale})
 * for {@link PeerStatisticsKeeper} to recompute. Plain JDBC on the caller's connection, so that the writers of many
 * returns at once and the synthetic-data generator use it too. Values are computed by {@link Metric}, the same code
 * a live benchmark uses, so kept and live statistics agree to the last bit.
 */
public final class BenchmarkUpkeep {

    /** The period of the metrics that do not change by quarter (leadership). */
    public static final String CURRENT = "current";

    /** Hospitals refreshed per round of statements. */
    private static final int HOSPITALS = 500;

    private BenchmarkUpkeep() {
    }

    /** After returns were written: the values of their hospitals in their quarters. */
    public static void returnsWritten(Connection connection, Collection<StaffingReturn> returns) throws SQLException {
        Map<Long, Set<String>> periods = new HashMap<>();
        returns.forEach(r -> periods.computeIfAbsent(r.getHospitalId(), h -> new LinkedHashSet<>()).add(r.getPeriod()));
        List<Long> hospitals = new ArrayList<>(periods.keySet());
        for (int from = 0; from < hospitals.size(); from += HOSPITALS) {
            List<Long> chunk = hospitals.subList(from, Math.min(hospitals.size(), from + HOSPITALS));
            Set<String> ofChunk = new LinkedHashSet<>();
            chunk.forEach(h -> ofChunk.addAll(periods.get(h)));
            refresh(connection, chunk, List.copyOf(ofChunk), true);
        }
    }

    /** After hospitals changed or were created: all their values, and their groups before and after the change. */
    public static void hospitalsChanged(Connection connection, Collection<Long> hospitalIds) throws SQLException {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(hospitalIds));
        for (int from = 0; from < ids.size(); from += HOSPITALS) {
            refresh(connection, ids.subList(from, Math.min(ids.size(), from + HOSPITALS)), null, true);
        }
    }

    /**
     * Every hospital's values from scratch, after a bulk load or when they have never been kept; with
     * {@code commitChunks} the connection is committed after each round (a plain connection, auto-commit off).
     * Answers how many hospitals were refreshed.
     */
    public static int rebuild(Connection connection, boolean commitChunks) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM hospital ORDER BY id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        Set<List<String>> stale = new LinkedHashSet<>();
        for (int from = 0; from < ids.size(); from += HOSPITALS) {
            stale.addAll(refresh(connection, ids.subList(from, Math.min(ids.size(), from + HOSPITALS)), null, false));
            if (commitChunks) {
                connection.commit();
            }
        }
        // Marked once, at the end: marks committed with each round would have the statistics recomputed each time.
        markStale(connection, stale);
        return ids.size();
    }

    /** Whether no value has been kept yet while there are hospitals: a database from before kept statistics. */
    public static boolean neverKept(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM hospital),"
                + " EXISTS (SELECT 1 FROM benchmark_value)"); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getBoolean(1) && !rs.getBoolean(2);
        }
    }

    /** A hospital's place in the portal's groups, as its values are kept. */
    private record Placed(boolean named, int beds, int devices, boolean lead, Integer parity, String kind,
                          String region, String band) {

        MetricInputs inputs(QuarterTotals totals) {
            return new MetricInputs(totals, beds, devices, lead, parity);
        }
    }

    /**
     * Recomputes the hospitals' values in the periods given (null: every period, 'current' included); answers the
     * groups they were in before and are in now, for each period touched, and marks them stale if {@code mark}.
     */
    private static Set<List<String>> refresh(Connection connection, List<Long> hospitals, List<String> periods,
                                             boolean mark) throws SQLException {
        String ids = " hospital_id IN (" + BenchmarkQueries.marks(hospitals.size()) + ")";
        String inPeriods = periods == null ? "" : " AND period IN (" + BenchmarkQueries.marks(periods.size()) + ")";
        List<Object> parameters = new ArrayList<>(hospitals);
        if (periods != null) {
            parameters.addAll(periods);
        }
        Set<List<String>> stale = new LinkedHashSet<>();
        try (PreparedStatement before = connection.prepareStatement("SELECT DISTINCT kind, region, size_band, period"
                + " FROM benchmark_value WHERE" + ids + inPeriods)) {
            BenchmarkQueries.bind(before, parameters, 1);
            try (ResultSet rs = before.executeQuery()) {
                while (rs.next()) {
                    groups(stale, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        }
        Map<Long, Placed> placed = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, consents_to_named, beds,"
                + " medical_devices, engineering_lead_post, parity_score, kind, region FROM hospital WHERE id IN ("
                + BenchmarkQueries.marks(hospitals.size()) + ")")) {
            BenchmarkQueries.bind(select, new ArrayList<>(hospitals), 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int parity = rs.getInt(6);
                    Integer score = rs.wasNull() ? null : parity;
                    placed.put(rs.getLong(1), new Placed(rs.getBoolean(2), rs.getInt(3), rs.getInt(4),
                            rs.getBoolean(5), score, rs.getString(7), rs.getString(8),
                            SizeBand.of(rs.getInt(3)).name()));
                }
            }
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT hospital_id, period, establishment_fte,"
                + " in_post_fte, vacancy_fte, agency_fte, engineer_fte, technician_fte, leavers, headcount,"
                + " headcount_55_plus FROM staffing_quarter WHERE" + ids + inPeriods)) {
            BenchmarkQueries.bind(select, parameters, 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Placed p = placed.get(rs.getLong(1));
                    QuarterTotals totals = new QuarterTotals(rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getInt(9), rs.getInt(10), rs.getInt(11));
                    values(rows, rs.getLong(1), rs.getString(2), p, totals, true);
                    groups(stale, p.kind(), p.region(), p.band(), rs.getString(2));
                }
            }
        }
        if (periods == null) {
            placed.forEach((id, p) -> {
                values(rows, id, CURRENT, p, null, false);
                groups(stale, p.kind(), p.region(), p.band(), CURRENT);
            });
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM benchmark_value WHERE" + ids
                + inPeriods)) {
            BenchmarkQueries.bind(delete, parameters, 1);
            delete.executeUpdate();
        }
        if (!rows.isEmpty()) {
            BatchInserts.rows(connection, "INSERT INTO benchmark_value (hospital_id, period, metric, value, named,"
                    + " kind, region, size_band) VALUES ", rows, "");
        }
        if (mark) {
            markStale(connection, stale);
        }
        return stale;
    }

    private static void values(List<Object[]> rows, long hospitalId, String period, Placed p, QuarterTotals totals,
                               boolean quarterly) {
        for (Metric metric : Metric.values()) {
            if (metric.isQuarterly() == quarterly) {
                Double value = metric.of(p.inputs(totals));
                if (value != null) {
                    rows.add(new Object[] {hospitalId, period, metric.name(), value, p.named(), p.kind(), p.region(),
                            p.band()});
                }
            }
        }
    }

    /** The four portal groups a hospital of these traits is in, for a period: [group, key, period] each. */
    private static void groups(Set<List<String>> into, String kind, String region, String band, String period) {
        into.add(List.of(PeerGroup.NATIONAL.name(), "", period));
        into.add(List.of(PeerGroup.KIND.name(), kind, period));
        into.add(List.of(PeerGroup.SIZE.name(), band, period));
        into.add(List.of(PeerGroup.REGION.name(), region, period));
    }

    /**
     * Marks groups' periods stale; a mark already there keeps the time of the oldest change that waits. Marks are
     * written in one order by every writer, so two transactions marking the same groups never wait on each other in
     * a cycle; an existing mark is only read (shared lock), so writers do not queue behind one another on it.
     */
    private static void markStale(Connection connection, Set<List<String>> stale) throws SQLException {
        if (stale.isEmpty()) {
            return;
        }
        Object now = InstantConverter.utc(Instant.now());
        List<List<String>> sorted = new ArrayList<>(stale);
        sorted.sort(java.util.Comparator.<List<String>, String>comparing(s -> s.get(0)).thenComparing(s -> s.get(1))
                .thenComparing(s -> s.get(2)));
        List<Object[]> rows = new ArrayList<>();
        sorted.forEach(s -> rows.add(new Object[] {s.get(0), s.get(1), s.get(2), now}));
        BatchInserts.rows(connection, "INSERT IGNORE INTO benchmark_stale (peer_group, group_key, period, marked_at)"
                + " VALUES ", rows, "");
    }
}
