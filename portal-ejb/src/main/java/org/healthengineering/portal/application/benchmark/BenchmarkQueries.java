package org.healthengineering.portal.application.benchmark;

import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.KeptStatistics;
import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.benchmark.Rank;
import org.healthengineering.portal.domain.benchmark.Peer;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.benchmark.SizeBand;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.QuarterTotals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two SQL statements a benchmark needs: the peer group's hospitals, and their staffing totals for the trend's
 * quarters. Plain JDBC, because a national group reads tens of thousands of rows; the benchmark command runs the
 * same statements on their own to show what the rest of the answer costs.
 */
public final class BenchmarkQueries {

    /** Which hospitals a peer group holds, as SQL over {@code hospital h}. */
    public record Scope(PeerGroup group, long hospitalId, String where, List<Object> parameters) {

        public static Scope of(PeerGroup group, Hospital hospital) {
            return of(group, hospital.getId(), hospital.getKind(), hospital.getRegion(), hospital.getBeds());
        }

        public static Scope of(PeerGroup group, long hospitalId, HospitalKind kind, String region, int beds) {
            return switch (group) {
                case KIND -> new Scope(group, hospitalId, "h.kind = ?", List.of(kind.name()));
                case SIZE -> {
                    SizeBand band = SizeBand.of(beds);
                    yield new Scope(group, hospitalId, "h.beds BETWEEN ? AND ?",
                            List.of(band.getFewest(), band.getMost()));
                }
                case REGION -> new Scope(group, hospitalId, "h.region = ?", List.of(region));
                // Every hospital: the totals need no join to hospital at all.
                case NATIONAL -> new Scope(group, hospitalId, "1 = 1", List.of());
                case CUSTOM -> new Scope(group, hospitalId, "(h.id = ? OR h.id IN (SELECT p.peer_id FROM"
                        + " hospital_peer p WHERE p.hospital_id = ?))", List.of(hospitalId, hospitalId));
            };
        }
    }

    private BenchmarkQueries() {
    }

    /** The columns {@link #peer} reads, first in a SELECT over {@code hospital h}. */
    public static final String PEER_COLUMNS = "h.id, h.name, h.consents_to_named, h.beds, h.medical_devices,"
            + " h.engineering_lead_post, h.parity_score";

    public static List<Peer> peers(Connection connection, Scope scope) throws SQLException {
        List<Peer> peers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + PEER_COLUMNS
                + " FROM hospital h WHERE " + scope.where())) {
            bind(statement, scope.parameters(), 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    peers.add(peer(rs));
                }
            }
        }
        return peers;
    }

    /** A hospital as a benchmark sees it, from a row that starts with {@link #PEER_COLUMNS}. */
    public static Peer peer(ResultSet rs) throws SQLException {
        int score = rs.getInt(7);
        Integer parity = rs.wasNull() ? null : score;
        return new Peer(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6),
                parity);
    }

    public static List<Benchmark.QuarterRow> quarterRows(Connection connection, Scope scope, List<Quarter> quarters)
            throws SQLException {
        // Every hospital: the totals need no join to hospital at all.
        return quarterRows(connection, scope.where(), scope.parameters(), scope.group() != PeerGroup.NATIONAL, quarters);
    }

    /**
     * The staffing totals, in the quarters given, of the hospitals {@code where} (SQL over {@code hospital h},
     * joined only when {@code joinHospital}) selects.
     */
    public static List<Benchmark.QuarterRow> quarterRows(Connection connection, String where, List<Object> parameters,
                                                         boolean joinHospital, Collection<Quarter> quarters)
            throws SQLException {
        List<Benchmark.QuarterRow> rows = new ArrayList<>();
        Map<String, Quarter> byText = new HashMap<>();
        quarters.forEach(q -> byText.put(q.toString(), q));
        try (PreparedStatement statement = connection.prepareStatement("SELECT q.hospital_id, q.period,"
                + " q.establishment_fte, q.in_post_fte, q.vacancy_fte, q.agency_fte, q.engineer_fte, q.technician_fte,"
                + " q.leavers, q.headcount, q.headcount_55_plus FROM staffing_quarter q"
                + (joinHospital ? " JOIN hospital h ON h.id = q.hospital_id" : "")
                + " WHERE q.period IN (" + marks(byText.size()) + ") AND " + where)) {
            List<Object> all = new ArrayList<>(byText.keySet());
            all.addAll(parameters);
            bind(statement, all, 1);
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Benchmark.QuarterRow(rs.getLong(1), byText.get(rs.getString(2)), new QuarterTotals(
                            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getInt(9), rs.getInt(10), rs.getInt(11))));
                }
            }
        }
        return rows;
    }

    /** {@code count} question marks, comma-separated, for an IN list. */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static void bind(PreparedStatement statement, List<Object> parameters, int first) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(first + i, parameters.get(i));
        }
    }

    /** The column of {@code benchmark_value} that places a hospital in a portal group (none for national). */
    static String keptColumn(PeerGroup group) {
        return switch (group) {
            case KIND -> "kind";
            case SIZE -> "size_band";
            case REGION -> "region";
            case NATIONAL, CUSTOM -> throw new IllegalArgumentException("No column places a hospital in " + group);
        };
    }

    /** The key of the portal group a hospital of these traits is in: its kind, size band or region; '' nationally. */
    static String groupKey(PeerGroup group, Hospital hospital) {
        return switch (group) {
            case KIND -> hospital.getKind().name();
            case SIZE -> SizeBand.of(hospital.getBeds()).name();
            case REGION -> hospital.getRegion();
            case NATIONAL -> "";
            case CUSTOM -> throw new IllegalArgumentException("A hospital's own list is not kept");
        };
    }

    /** A group's kept statistics for some quarters and the current metrics, and how current they are. */
    public record Kept(Map<Quarter, Map<Metric, KeptStatistics>> quarterly, Map<Metric, KeptStatistics> current,
                       Instant keptAt, Instant pendingSince) {
    }

    /** Reads what is kept of a portal group for the quarters (and the current metrics): two statements. */
    public static Kept kept(Connection connection, PeerGroup group, String key, Collection<Quarter> quarters)
            throws SQLException {
        Map<String, Quarter> byText = new HashMap<>();
        quarters.forEach(q -> byText.put(q.toString(), q));
        List<Object> periods = new ArrayList<>(byText.keySet());
        periods.add(BenchmarkUpkeep.CURRENT);
        Map<Quarter, Map<Metric, KeptStatistics>> quarterly = new HashMap<>();
        Map<Metric, KeptStatistics> current = new EnumMap<>(Metric.class);
        Instant keptAt = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT period, metric, value_count,"
                + " unnamed_count, mean, percentiles, computed_at FROM benchmark_statistics"
                + " WHERE peer_group = ? AND group_key = ? AND period IN (" + marks(periods.size()) + ")")) {
            select.setString(1, group.name());
            select.setString(2, key);
            bind(select, periods, 3);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant computed = rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    keptAt = keptAt == null || computed.isAfter(keptAt) ? computed : keptAt;
                    if (rs.getInt(3) == 0) {
                        continue;
                    }
                    KeptStatistics kept = new KeptStatistics(rs.getInt(3), rs.getInt(4), rs.getDouble(5),
                            KeptStatistics.parsePercentiles(rs.getString(6)));
                    Metric metric = Metric.valueOf(rs.getString(2));
                    Quarter quarter = byText.get(rs.getString(1));
                    if (quarter == null) {
                        current.put(metric, kept);
                    } else {
                        quarterly.computeIfAbsent(quarter, q -> new EnumMap<>(Metric.class)).put(metric, kept);
                    }
                }
            }
        }
        Instant pending = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT MIN(marked_at) FROM benchmark_stale"
                + " WHERE peer_group = ? AND group_key = ? AND period IN (" + marks(periods.size()) + ")")) {
            select.setString(1, group.name());
            select.setString(2, key);
            bind(select, periods, 3);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    LocalDateTime oldest = rs.getObject(1, LocalDateTime.class);
                    pending = oldest == null ? null : oldest.toInstant(ZoneOffset.UTC);
                }
            }
        }
        return new Kept(quarterly, current, keptAt, pending);
    }

    /**
     * Where a hospital's values stand among the group's kept values, in one statement: for each metric, how many
     * values are lower and how many equal (index range counts up to the value); {@code of} is the kept count.
     */
    public static Map<Metric, Rank> ranks(Connection connection, PeerGroup group, String key, Quarter quarter,
                                          Map<Metric, Double> values, Kept kept) throws SQLException {
        String where = group == PeerGroup.NATIONAL ? "" : keptColumn(group) + " = ? AND ";
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        List<Metric> order = new ArrayList<>(values.keySet());
        for (Metric metric : order) {
            double value = values.get(metric);
            parts.add("SELECT COALESCE(SUM(value < ?), 0), COALESCE(SUM(value = ?), 0) FROM benchmark_value WHERE "
                    + where + "period = ? AND metric = ? AND value <= ?");
            parameters.add(value);
            parameters.add(value);
            if (group != PeerGroup.NATIONAL) {
                parameters.add(key);
            }
            parameters.add(metric.isQuarterly() ? quarter.toString() : BenchmarkUpkeep.CURRENT);
            parameters.add(metric.name());
            parameters.add(value);
        }
        Map<Metric, Rank> ranks = new EnumMap<>(Metric.class);
        try (PreparedStatement select = connection.prepareStatement(String.join(" UNION ALL ", parts))) {
            bind(select, parameters, 1);
            try (ResultSet rs = select.executeQuery()) {
                for (Metric metric : order) {
                    rs.next();
                    int lower = rs.getInt(1);
                    int same = rs.getInt(2);
                    KeptStatistics of = metric.isQuarterly() ? kept.quarterly().get(quarter).get(metric)
                            : kept.current().get(metric);
                    ranks.put(metric, Rank.counted(lower, same, of.count()));
                }
            }
        }
        return ranks;
    }

    /** A hospital's staffing totals in the quarters given, by quarter. */
    public static Map<Quarter, QuarterTotals> ownTotals(Connection connection, long hospitalId,
                                                        Collection<Quarter> quarters) throws SQLException {
        Map<Quarter, QuarterTotals> totals = new HashMap<>();
        for (Benchmark.QuarterRow row : quarterRows(connection, "q.hospital_id = ?", List.of(hospitalId), false,
                quarters)) {
            totals.put(row.quarter(), row.totals());
        }
        return totals;
    }

    /** How many hospitals a group holds. */
    public static int hospitalsIn(Connection connection, Scope scope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM hospital h WHERE "
                + scope.where())) {
            bind(statement, scope.parameters(), 1);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
