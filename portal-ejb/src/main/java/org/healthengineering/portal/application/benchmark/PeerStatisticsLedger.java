package org.healthengineering.portal.application.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.benchmark.KeptStatistics;
import org.healthengineering.portal.domain.benchmark.Metric;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.shared.InstantConverter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Recomputes stale kept statistics, a few groups at a time, each batch in a transaction of its own: it claims the
 * marks (rows another node holds are skipped), reads the values of each group and period, writes their summaries
 * and clears the marks. A change committed after the claim waits on its mark, so it is marked again afterwards and
 * never lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PeerStatisticsLedger {

    /** Marks claimed per transaction. */
    static final int BATCH = 8;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    /** Recomputes up to {@link #BATCH} stale groups' periods; answers how many. */
    public int keepSome() {
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> claimed = new ArrayList<>();
            try (PreparedStatement claim = connection.prepareStatement("SELECT peer_group, group_key, period"
                    + " FROM benchmark_stale ORDER BY marked_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED");
                 ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            Object now = InstantConverter.utc(Instant.now());
            for (String[] mark : claimed) {
                keep(connection, PeerGroup.valueOf(mark[0]), mark[1], mark[2], now);
                try (PreparedStatement clear = connection.prepareStatement("DELETE FROM benchmark_stale"
                        + " WHERE peer_group = ? AND group_key = ? AND period = ?")) {
                    clear.setString(1, mark[0]);
                    clear.setString(2, mark[1]);
                    clear.setString(3, mark[2]);
                    clear.executeUpdate();
                }
            }
            return claimed.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the peer statistics", e);
        }
    }

    /** How many groups' periods wait, and since when the oldest (null when none). */
    public record Waiting(long count, Instant oldest) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Waiting waiting() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*), MIN(marked_at)"
                     + " FROM benchmark_stale"); ResultSet rs = select.executeQuery()) {
            rs.next();
            java.time.LocalDateTime oldest = rs.getObject(2, java.time.LocalDateTime.class);
            return new Waiting(rs.getLong(1), oldest == null ? null : oldest.toInstant(java.time.ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the peer statistics' lag", e);
        }
    }

    /** Summarises one group's values in one period, metric by metric, and stores the summaries. */
    private static void keep(Connection connection, PeerGroup group, String key, String period, Object now)
            throws SQLException {
        Map<Metric, double[]> values = new EnumMap<>(Metric.class);
        Map<Metric, int[]> counts = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            values.put(metric, new double[64]);
            counts.put(metric, new int[2]);
        }
        String where = group == PeerGroup.NATIONAL ? "" : BenchmarkQueries.keptColumn(group) + " = ? AND ";
        try (PreparedStatement select = connection.prepareStatement("SELECT metric, value, named FROM benchmark_value"
                + " WHERE " + where + "period = ?")) {
            int p = 1;
            if (group != PeerGroup.NATIONAL) {
                select.setString(p++, key);
            }
            select.setString(p, period);
            select.setFetchSize(1000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Metric metric = Metric.valueOf(rs.getString(1));
                    int[] n = counts.get(metric);
                    double[] held = values.get(metric);
                    if (n[0] == held.length) {
                        held = Arrays.copyOf(held, held.length * 2);
                        values.put(metric, held);
                    }
                    held[n[0]++] = rs.getDouble(2);
                    if (!rs.getBoolean(3)) {
                        n[1]++;
                    }
                }
            }
        }
        boolean quarterly = !BenchmarkUpkeep.CURRENT.equals(period);
        List<Object[]> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric.isQuarterly() != quarterly) {
                continue;
            }
            int[] n = counts.get(metric);
            if (n[0] == 0) {
                rows.add(new Object[] {group.name(), key, period, metric.name(), 0, 0, null, null, now});
            } else {
                double[] sorted = Arrays.copyOf(values.get(metric), n[0]);
                Arrays.sort(sorted);
                KeptStatistics kept = KeptStatistics.ofSorted(sorted, n[1]);
                rows.add(new Object[] {group.name(), key, period, metric.name(), kept.count(), kept.unnamed(),
                        kept.mean(), kept.percentilesText(), now});
            }
        }
        org.healthengineering.portal.application.BatchInserts.rows(connection, "INSERT INTO benchmark_statistics"
                + " (peer_group, group_key, period, metric, value_count, unnamed_count, mean, percentiles, computed_at)"
                + " VALUES ", rows, " ON DUPLICATE KEY UPDATE value_count = VALUES(value_count),"
                + " unnamed_count = VALUES(unnamed_count), mean = VALUES(mean), percentiles = VALUES(percentiles),"
                + " computed_at = VALUES(computed_at)");
    }
}
