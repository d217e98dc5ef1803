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

    /**
     * Group keys in about the order the database's case- and accent-insensitive collation puts them ("london" beside
     * "London", before "Midlands"), so that writers lock marks in one order.
     */
    private static final java.util.Comparator<String> KEY_ORDER;

    static {
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ROOT);
        collator.setStrength(java.text.Collator.PRIMARY);
        KEY_ORDER = collator::compare;
    }

    /** Hospitals refreshed per round of statements. */
    private static final int HOSPITALS = 500;

    private BenchmarkUpkeep() {
    }

    /** After returns were written: the values of their hospitals in the quarters written. */
    public static void returnsWritten(Connection connection, Collection<StaffingReturn> returns) throws SQLException {
        Map<Long, Set<String>> periods = new HashMap<>();
        returns.forEach(r -> periods.computeIfAbsent(r.getHospitalId(), h -> new LinkedHashSet<>()).add(r.getPeriod()));
        List<Long> hospitals = new ArrayList<>(new java.util.TreeSet<>(periods.keySet()));
        for (int from = 0; from < hospitals.size(); from += HOSPITALS) {
            List<Long> chunk = hospitals.subList(from, Math.min(hospitals.size(), from + HOSPITALS));
            Set<String> ofChunk = new LinkedHashSet<>();
            chunk.forEach(h -> ofChunk.addAll(periods.get(h)));
            markStale(connection, refresh(connection, chunk, List.copyOf(ofChunk), Map.of()));
        }
    }

    /**
     * After hospitals changed or were created: all their values; the groups they were in ({@code before}: kind,
     * region and size band by hospital, none for a new one) and are in now are marked stale.
     */
    public static void hospitalsChanged(Connection connection, Collection<Long> hospitalIds,
                                        Map<Long, List<String>> before) throws SQLException {
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(hospitalIds));
        for (int from = 0; from < ids.size(); from += HOSPITALS) {
            markStale(connection, refresh(connection, ids.subList(from, Math.min(ids.size(), from + HOSPITALS)),
                    null, before));
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
            stale.addAll(refresh(connection, ids.subList(from, Math.min(ids.size(), from + HOSPITALS)), null,
                    Map.of()));
            if (commitChunks) {
                connection.commit();
            }
        }
        // Marked once, at the end: marks committed with each round would have the statistics recomputed each time.
        markStale(connection, stale);
        return ids.size();
    }

    /** Locks the hospitals' rows (in id order) until the transaction ends. */
    public static void lockHospitals(Connection connection, Collection<Long> hospitalIds) throws SQLException {
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(hospitalIds));
        for (int from = 0; from < ids.size(); from += HOSPITALS) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + HOSPITALS));
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM hospital WHERE id IN ("
                    + BenchmarkQueries.marks(chunk.size()) + ") ORDER BY id FOR UPDATE")) {
                BenchmarkQueries.bind(lock, new ArrayList<>(chunk), 1);
                lock.executeQuery().close();
            }
        }
    }

    /** Whether no value has been kept yet while there are hospitals: a database from before kept statistics. */
    public static boolean neverKept(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM hospital),"
                + " EXISTS (SELECT 1 FROM benchmark_value)"); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getBoolean(1) && !rs.getBoolean(2);
        }
    }

    /** The kind, region and size band that place a hospital of these traits in the portal's groups. */
    public static List<String> place(String kind, String region, int beds) {
        return List.of(kind, region, SizeBand.of(beds).name());
    }

    /** A hospital's place in the portal's groups, as its values are kept. */
    private record Placed(boolean named, int beds, int devices, boolean lead, Integer parity, String kind,
                          String region, String band) {

        MetricInputs inputs(QuarterTotals totals) {
            return new MetricInputs(totals, beds, devices, lead, parity);
        }
    }

    /**
     * Writes the hospitals' values in the periods given (null: every period they have, 'current' included) and
     * answers the groups to mark stale for each period touched: those they are in now, and those {@code before}
     * says they were in.
     * <p>
     * Locks: the hospitals' rows first, in id order (a return's writer took them before writing, and a change to a
     * hospital holds its row from its own update), so two writers of one hospital take turns and read its current
     * traits. Values are upserted, never deleted (a metric without a value keeps its row with none), because a
     * delete locks the gaps around what it looked for and two writers' gaps would make their inserts wait on each
     * other. The returns' quarters are the writer's own rows; a changed hospital's every quarter is read with a
     * locking read, which sees returns committed since the transaction began.
     */
    private static Set<List<String>> refresh(Connection connection, List<Long> hospitals, List<String> periods,
                                             Map<Long, List<String>> before) throws SQLException {
        String ids = " hospital_id IN (" + BenchmarkQueries.marks(hospitals.size()) + ")";
        List<Object> parameters = new ArrayList<>(hospitals);
        if (periods != null) {
            parameters.addAll(periods);
        }
        Set<List<String>> stale = new LinkedHashSet<>();
        Map<Long, Placed> placed = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, consents_to_named, beds,"
                + " medical_devices, engineering_lead_post, parity_score, kind, region FROM hospital WHERE id IN ("
                + BenchmarkQueries.marks(hospitals.size()) + ") ORDER BY id FOR UPDATE")) {
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
                + " headcount_55_plus FROM staffing_quarter WHERE" + ids + (periods == null ? " LOCK IN SHARE MODE"
                : " AND period IN (" + BenchmarkQueries.marks(periods.size()) + ")"))) {
            BenchmarkQueries.bind(select, parameters, 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long hospital = rs.getLong(1);
                    String period = rs.getString(2);
                    Placed p = placed.get(hospital);
                    QuarterTotals totals = new QuarterTotals(rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getInt(9), rs.getInt(10), rs.getInt(11));
                    values(rows, hospital, period, p, totals, true);
                    groups(stale, p.kind(), p.region(), p.band(), period);
                    List<String> was = before.get(hospital);
                    if (was != null) {
                        groups(stale, was.get(0), was.get(1), was.get(2), period);
                    }
                }
            }
        }
        if (periods == null) {
            placed.forEach((id, p) -> {
                values(rows, id, CURRENT, p, null, false);
                groups(stale, p.kind(), p.region(), p.band(), CURRENT);
                List<String> was = before.get(id);
                if (was != null) {
                    groups(stale, was.get(0), was.get(1), was.get(2), CURRENT);
                }
            });
        }
        if (!rows.isEmpty()) {
            BatchInserts.rows(connection, "INSERT INTO benchmark_value (hospital_id, period, metric, value, named,"
                    + " kind, region, size_band) VALUES ", rows, " ON DUPLICATE KEY UPDATE value = VALUES(value),"
                    + " named = VALUES(named), kind = VALUES(kind), region = VALUES(region),"
                    + " size_band = VALUES(size_band)");
        }
        return stale;
    }

    private static void values(List<Object[]> rows, long hospitalId, String period, Placed p, QuarterTotals totals,
                               boolean quarterly) {
        for (Metric metric : Metric.values()) {
            if (metric.isQuarterly() == quarterly) {
                rows.add(new Object[] {hospitalId, period, metric.name(), metric.of(p.inputs(totals)), p.named(),
                        p.kind(), p.region(), p.band()});
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
        sorted.sort(java.util.Comparator.<List<String>, String>comparing(s -> s.get(0))
                .thenComparing(s -> s.get(1), KEY_ORDER).thenComparing(s -> s.get(2)));
        List<Object[]> rows = new ArrayList<>();
        sorted.forEach(s -> rows.add(new Object[] {s.get(0), s.get(1), s.get(2), now}));
        BatchInserts.rows(connection, "INSERT IGNORE INTO benchmark_stale (peer_group, group_key, period, marked_at)"
                + " VALUES ", rows, "");
    }
}
