package org.healthengineering.portal.application.home;

import org.healthengineering.portal.application.benchmark.BenchmarkQueries;
import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.Peer;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.staffing.Quarter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four statements behind the hospitals on a home page, however many hospitals the person belongs to and
 * however large their peer groups: the person's hospitals (with their latest returned quarter), their "my peers"
 * lists, the hospitals of every peer group at once, and those hospitals' staffing totals for the quarters shown. Plain JDBC, like the benchmark's own statements, since a kind of hospital can
 * count thousands.
 */
final class HospitalQueries {

    /** One of the person's hospitals, as the home page needs it. */
    record Own(long id, String code, String name, HospitalKind kind, Integer parityScore, String latestPeriod) {
    }

    /** A hospital of some peer group, with its kind (to sort it into the groups). */
    record Candidate(Peer peer, HospitalKind kind) {
    }

    private HospitalQueries() {
    }

    /** The hospitals {@code accountId} is a member of, by name. */
    static List<Own> own(Connection connection, long accountId) throws SQLException {
        List<Own> own = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT h.id, h.code, h.name, h.kind,"
                + " h.parity_score, (SELECT MAX(q.period) FROM staffing_quarter q WHERE q.hospital_id = h.id)"
                + " FROM hospital h"
                + " WHERE h.id IN (SELECT m.hospital_id FROM hospital_member m WHERE m.account_id = ?) ORDER BY h.name")) {
            statement.setLong(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int parity = rs.getInt(5);
                    Integer parityScore = rs.wasNull() ? null : parity;
                    own.add(new Own(rs.getLong(1), rs.getString(2), rs.getString(3),
                            HospitalKind.valueOf(rs.getString(4)), parityScore, rs.getString(6)));
                }
            }
        }
        return own;
    }

    /** The "my peers" lists of the hospitals given, by hospital id. */
    static Map<Long, Set<Long>> peerLists(Connection connection, Collection<Long> hospitalIds) throws SQLException {
        Map<Long, Set<Long>> lists = new HashMap<>();
        if (hospitalIds.isEmpty()) {
            return lists;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT p.hospital_id, p.peer_id FROM"
                + " hospital_peer p WHERE p.hospital_id IN (" + BenchmarkQueries.marks(hospitalIds.size()) + ")")) {
            BenchmarkQueries.bind(statement, new ArrayList<>(hospitalIds), 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lists.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
        }
        return lists;
    }

    /** Every hospital of the kinds given and every hospital named by id: the union of the peer groups. */
    static List<Candidate> candidates(Connection connection, Set<HospitalKind> kinds, Set<Long> ids)
            throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        Scope scope = new Scope(kinds, ids);
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + BenchmarkQueries.PEER_COLUMNS
                + ", h.kind FROM hospital h WHERE " + scope.where())) {
            BenchmarkQueries.bind(statement, scope.parameters(), 1);
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new Candidate(BenchmarkQueries.peer(rs), HospitalKind.valueOf(rs.getString(8))));
                }
            }
        }
        return candidates;
    }

    /** The staffing totals of the same hospitals in the quarters given. */
    static List<Benchmark.QuarterRow> quarterRows(Connection connection, Set<HospitalKind> kinds, Set<Long> ids,
                                                  Set<Quarter> quarters) throws SQLException {
        Scope scope = new Scope(kinds, ids);
        return BenchmarkQueries.quarterRows(connection, scope.where(), scope.parameters(), true, quarters);
    }

    /** Hospitals of some kinds or with some ids, as SQL over {@code hospital h}. */
    private record Scope(Set<HospitalKind> kinds, Set<Long> ids) {

        String where() {
            List<String> parts = new ArrayList<>();
            if (!kinds.isEmpty()) {
                parts.add("h.kind IN (" + BenchmarkQueries.marks(kinds.size()) + ")");
            }
            if (!ids.isEmpty()) {
                parts.add("h.id IN (" + BenchmarkQueries.marks(ids.size()) + ")");
            }
            return parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")";
        }

        List<Object> parameters() {
            List<Object> parameters = new ArrayList<>();
            kinds.forEach(k -> parameters.add(k.name()));
            parameters.addAll(ids);
            return parameters;
        }
    }
}
