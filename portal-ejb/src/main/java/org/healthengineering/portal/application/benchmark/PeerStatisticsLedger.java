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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Recomputes stale kept statistics, one period at a time, each in a transaction of its own: it claims that period's
 * marks (rows another node holds are skipped), reads the period's values once for the national, kind and size groups
 * (and each region's on its own, as regions are matched by the database's collation), writes their summaries and
 * clears the marks. A change committed after the claim waits on its mark, so it is marked again afterwards and
 * never lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PeerStatisticsLedger {

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    /** Recomputes the stale groups of the period waiting longest; answers how many (0: none waits). */
    public int keepSome() {
        try (Connection connection = dataSource.getConnection()) {
            // Locking reads only until the claim: the first plain read fixes the transaction's snapshot, which must
            // come after the claim so that every change whose mark is claimed is in the values read.
            String period = null;
            try (PreparedStatement oldest = connection.prepareStatement("SELECT period FROM benchmark_stale"
                    + " ORDER BY marked_at LIMIT 1 FOR UPDATE SKIP LOCKED"); ResultSet rs = oldest.executeQuery()) {
                if (rs.next()) {
                    period = rs.getString(1);
                }
            }
            if (period == null) {
                return 0;
            }
            List<String[]> claimed = new ArrayList<>();
            try (PreparedStatement claim = connection.prepareStatement("SELECT peer_group, group_key"
                    + " FROM benchmark_stale WHERE period = ? FOR UPDATE SKIP LOCKED")) {
                claim.setString(1, period);
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            keep(connection, period, claimed, InstantConverter.utc(Instant.now()));
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM benchmark_stale"
                    + " WHERE peer_group = ? AND group_key = ? AND period = ?")) {
                for (String[] mark : claimed) {
                    clear.setString(1, mark[0]);
                    clear.setString(2, mark[1]);
                    clear.setString(3, period);
                    clear.addBatch();
                }
                clear.executeBatch();
            }
            return claimed.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the peer statistics", e);
        }
    }

    /** One group's values of each metric in the period, as they are read. */
    private static final class Values {
        private final Map<Metric, double[]> values = new EnumMap<>(Metric.class);
        private final Map<Metric, int[]> counts = new EnumMap<>(Metric.class);

        void add(Metric metric, double value, boolean named) {
            int[] n = counts.computeIfAbsent(metric, m -> new int[2]);
            double[] held = values.computeIfAbsent(metric, m -> new double[64]);
            if (n[0] == held.length) {
                held = Arrays.copyOf(held, held.length * 2);
                values.put(metric, held);
            }
            held[n[0]++] = value;
            if (!named) {
                n[1]++;
            }
        }

        /** The group's summary rows, one per metric of the period (a metric nobody has a value for: count 0). */
        void rows(List<Object[]> into, PeerGroup group, String key, String period, Object now) {
            boolean quarterly = !BenchmarkUpkeep.CURRENT.equals(period);
            for (Metric metric : Metric.values()) {
                if (metric.isQuarterly() != quarterly) {
                    continue;
                }
                int[] n = counts.getOrDefault(metric, new int[2]);
                if (n[0] == 0) {
                    into.add(new Object[] {group.name(), key, period, metric.name(), 0, 0, null, null, now});
                } else {
                    double[] sorted = Arrays.copyOf(values.get(metric), n[0]);
                    Arrays.sort(sorted);
                    KeptStatistics kept = KeptStatistics.ofSorted(sorted, n[1]);
                    into.add(new Object[] {group.name(), key, period, metric.name(), kept.count(), kept.unnamed(),
                            kept.mean(), kept.percentilesText(), now});
                }
            }
        }
    }

    /**
     * Summarises the claimed groups' values in the period and stores the summaries: the national, kind and size
     * groups from one read of the period (their keys are the enums' names), each region from its own.
     */
    private static void keep(Connection connection, String period, List<String[]> claimed, Object now)
            throws SQLException {
        Map<String, Values> wanted = new HashMap<>();
        List<String> regions = new ArrayList<>();
        for (String[] mark : claimed) {
            if (PeerGroup.valueOf(mark[0]) == PeerGroup.REGION) {
                regions.add(mark[1]);
            } else {
                wanted.put(mark[0] + " " + mark[1], new Values());
            }
        }
        if (!wanted.isEmpty()) {
            Values national = wanted.get(PeerGroup.NATIONAL.name() + " ");
            try (PreparedStatement select = connection.prepareStatement("SELECT metric, value, named, kind, size_band"
                    + " FROM benchmark_value WHERE period = ? AND value IS NOT NULL")) {
                select.setString(1, period);
                select.setFetchSize(1000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Metric metric = Metric.valueOf(rs.getString(1));
                        double value = rs.getDouble(2);
                        boolean named = rs.getBoolean(3);
                        Values kind = wanted.get(PeerGroup.KIND.name() + " " + rs.getString(4));
                        Values size = wanted.get(PeerGroup.SIZE.name() + " " + rs.getString(5));
                        for (Values of : new Values[] {national, kind, size}) {
                            if (of != null) {
                                of.add(metric, value, named);
                            }
                        }
                    }
                }
            }
        }
        List<Object[]> rows = new ArrayList<>();
        wanted.forEach((groupKey, values) -> {
            int space = groupKey.indexOf(' ');
            values.rows(rows, PeerGroup.valueOf(groupKey.substring(0, space)), groupKey.substring(space + 1), period,
                    now);
        });
        for (String region : regions) {
            Values values = new Values();
            try (PreparedStatement select = connection.prepareStatement("SELECT metric, value, named"
                    + " FROM benchmark_value WHERE region = ? AND period = ? AND value IS NOT NULL")) {
                select.setString(1, region);
                select.setString(2, period);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        values.add(Metric.valueOf(rs.getString(1)), rs.getDouble(2), rs.getBoolean(3));
                    }
                }
            }
            values.rows(rows, PeerGroup.REGION, region, period, now);
        }
        if (!rows.isEmpty()) {
            org.healthengineering.portal.application.BatchInserts.rows(connection, "INSERT INTO benchmark_statistics"
                    + " (peer_group, group_key, period, metric, value_count, unnamed_count, mean, percentiles,"
                    + " computed_at) VALUES ", rows, " ON DUPLICATE KEY UPDATE value_count = VALUES(value_count),"
                    + " unnamed_count = VALUES(unnamed_count), mean = VALUES(mean),"
                    + " percentiles = VALUES(percentiles), computed_at = VALUES(computed_at)");
        }
    }
}
