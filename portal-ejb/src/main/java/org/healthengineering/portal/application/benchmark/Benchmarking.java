package org.healthengineering.portal.application.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.Peer;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.staffing.QuarterTotals;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.shared.Like;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Benchmarks for a hospital's own administrators and board viewers: its metrics against a peer group, with
 * suppression. Other hospitals appear only as statistics, or by name where they consented.
 */
@Stateless
public class Benchmarking {

    private static final String SUBJECT = "Hospital";

    /** A hospital as others may see it when choosing peers: no figures. */
    public record Listing(String code, String name, String kind, String region, String sizeBand) implements Serializable {
        static Listing of(Hospital h) {
            return new Listing(h.getCode(), h.getName(), h.getKind().getLabel(), h.getRegion(),
                    org.healthengineering.portal.domain.benchmark.SizeBand.of(h.getBeds()).getLabel());
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Hospitals hospitals;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    /**
     * What the benchmark page shows, for one check of the caller's right to read the hospital: the hospital, the
     * quarters it has returns for (newest first), its "my peers" list, and the benchmark against a peer group in a
     * quarter (default: its latest returned quarter).
     */
    public record Page(Hospital hospital, List<Quarter> quarters, List<Listing> myPeers, Benchmark benchmark)
            implements Serializable {
    }

    public Page page(String hospitalCode, PeerGroup group, Quarter quarter) {
        Hospital hospital = hospitals.readable(hospitalCode);
        List<Quarter> quarters = returnedQuarters(hospital);
        return new Page(hospital, quarters, peers(hospital), benchmark(hospital, group,
                quarter != null ? quarter : quarters.isEmpty() ? null : quarters.get(0)));
    }

    /** The hospital against a peer group in a quarter (default: its latest returned quarter). */
    public Benchmark benchmark(String hospitalCode, PeerGroup group, Quarter quarter) {
        return benchmark(hospitals.readable(hospitalCode), group, quarter);
    }

    private Benchmark benchmark(Hospital hospital, PeerGroup group, Quarter quarter) {
        PeerGroup peers = group == null ? PeerGroup.KIND : group;
        Quarter when = quarter != null ? quarter : latestQuarter(hospital);
        BenchmarkQueries.Scope scope = BenchmarkQueries.Scope.of(peers, hospital);
        try (Connection connection = dataSource.getConnection()) {
            if (peers != PeerGroup.CUSTOM) {
                Optional<Benchmark> kept = fromKept(connection, hospital, scope, when);
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
            return Benchmark.compute(hospital.getId(), peers, when, BenchmarkQueries.peers(connection, scope),
                    BenchmarkQueries.quarterRows(connection, scope, when.lastQuarters(Benchmark.TREND_QUARTERS)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the peer group's figures", e);
        }
    }

    /**
     * The benchmark from the group's kept statistics (four statements whatever the group's size), or empty when
     * they cannot give it (a small group, too few not-named hospitals to count them, a quarter nobody returned) and
     * every figure must be read.
     */
    private static Optional<Benchmark> fromKept(Connection connection, Hospital hospital,
                                                BenchmarkQueries.Scope scope, Quarter when) throws SQLException {
        PeerGroup group = scope.group();
        String key = BenchmarkQueries.groupKey(group, hospital);
        List<Quarter> quarters = when.lastQuarters(Benchmark.TREND_QUARTERS);
        BenchmarkQueries.Kept kept = BenchmarkQueries.kept(connection, group, key, quarters);
        if (kept.current().isEmpty()) {
            return Optional.empty();
        }
        Peer own = new Peer(hospital.getId(), hospital.getName(), hospital.isConsentsToBeNamed(), hospital.getBeds(),
                hospital.getMedicalDevices(), hospital.isEngineeringLeadPost(), hospital.getParityScore());
        Map<Quarter, QuarterTotals> ownTotals = BenchmarkQueries.ownTotals(connection, hospital.getId(), quarters);
        return Benchmark.fromKept(own, group, when, BenchmarkQueries.hospitalsIn(connection, scope), ownTotals,
                kept.quarterly(), kept.current(), values -> {
                    try {
                        return BenchmarkQueries.ranks(connection, group, key, when, values, kept);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not count the hospital's ranks", e);
                    }
                }).map(b -> b.kept(new Benchmark.Freshness(kept.keptAt(), kept.pendingSince())));
    }

    /** The quarters the hospital has returns for, newest first. */
    public List<Quarter> returnedQuarters(String hospitalCode) {
        return returnedQuarters(hospitals.readable(hospitalCode));
    }

    private List<Quarter> returnedQuarters(Hospital hospital) {
        return em.createQuery("SELECT q.period FROM StaffingQuarter q WHERE q.hospitalId = :h ORDER BY q.period DESC",
                String.class).setParameter("h", hospital.getId()).getResultList().stream()
                .map(p -> Quarter.parse(p, "period")).toList();
    }

    /** Hospitals whose name or code contains the text, to choose peers from (members of a hospital only). */
    public List<Listing> directory(String text) {
        caller.check(Permissions.OWN_ACCOUNT);
        if (!caller.has(Permissions.HOSPITAL_MANAGE) && hospitals.visibleToMe().isEmpty()) {
            throw new org.apache.shiro.authz.UnauthorizedException("Only hospitals' members choose peers.");
        }
        String pattern = Like.containing(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        return em.createQuery("SELECT h FROM Hospital h WHERE LOWER(h.name) LIKE :p OR LOWER(h.code) LIKE :p"
                        + " ORDER BY h.name", Hospital.class)
                .setParameter("p", pattern).setMaxResults(20).getResultList().stream().map(Listing::of).toList();
    }

    /** The hospital's saved "my peers" list. */
    public List<Listing> peers(String hospitalCode) {
        return peers(hospitals.readable(hospitalCode));
    }

    private List<Listing> peers(Hospital hospital) {
        return em.createQuery("SELECT h FROM Hospital h WHERE h.id IN (SELECT p.peerId FROM HospitalPeer p"
                        + " WHERE p.hospitalId = :h) ORDER BY h.name", Hospital.class)
                .setParameter("h", hospital.getId()).getResultList().stream().map(Listing::of).toList();
    }

    /** Replaces the hospital's "my peers" list (its administrators); the hospital itself is always included. */
    public List<Listing> savePeers(String hospitalCode, List<String> codes) {
        Hospital hospital = hospitals.readable(hospitalCode);
        caller.check(Permissions.hospitalEdit(hospital.getId()));
        Set<Long> ids = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Hospital peer = code == null ? null : em.createQuery("SELECT h FROM Hospital h WHERE h.code = :c",
                    Hospital.class).setParameter("c", code.trim().toUpperCase(Locale.ROOT)).getResultStream()
                    .findFirst().orElse(null);
            if (peer == null) {
                problems.add(new FieldProblem("peers", "No hospital has the code " + code + "."));
            } else if (!peer.getId().equals(hospital.getId())) {
                ids.add(peer.getId());
            }
        }
        if (ids.size() > 500) {
            problems.add(new FieldProblem("peers", "A peer list has at most 500 hospitals."));
        }
        InvalidInputException.throwIfAny(problems);
        em.createQuery("DELETE FROM HospitalPeer p WHERE p.hospitalId = :h").setParameter("h", hospital.getId())
                .executeUpdate();
        ids.forEach(id -> em.persist(new org.healthengineering.portal.domain.hospital.HospitalPeer(hospital.getId(), id)));
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.HOSPITAL_PEERS_SAVED, SUBJECT, hospital.getCode(),
                ids.size() + " peer(s)"));
        return peers(hospitalCode);
    }

    private Quarter latestQuarter(Hospital hospital) {
        String latest = em.createQuery("SELECT MAX(q.period) FROM StaffingQuarter q WHERE q.hospitalId = :h",
                String.class).setParameter("h", hospital.getId()).getSingleResult();
        return latest != null ? Quarter.parse(latest, "period") : Quarter.of(LocalDate.now(clock)).minus(1);
    }
}
