package org.healthengineering.portal.application.staffing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.CountedImport;
import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.Source;
import org.healthengineering.portal.domain.staffing.StaffingCsv;
import org.healthengineering.portal.domain.staffing.StaffingLine;
import org.healthengineering.portal.domain.staffing.StaffingReturn;
import org.healthengineering.portal.domain.staffing.UploadRefusedException;

import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Hospitals' quarterly staffing returns. Their administrators submit them (by form, JSON or CSV); administrators
 * and board viewers read their history. A correction is the next revision and becomes the figures benchmarking
 * uses; an upload with any bad row saves nothing.
 */
@Stateless
public class StaffingReturns {

    private static final String SUBJECT = "StaffingReturn";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.healthengineering.portal.application.benchmark.BenchmarkValues benchmarkValues;

    @Inject
    Caller caller;

    @Inject
    Hospitals hospitals;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    /** Records the next revision of a quarter's return for the caller's hospital. */
    public StaffingReturn submit(String hospitalCode, Quarter quarter, String note, List<StaffingLine.Figures> lines,
                                 Source source) {
        Hospital hospital = hospitals.readable(hospitalCode);
        caller.check(Permissions.hospitalEdit(hospital.getId()));
        if (quarter == null) {
            throw InvalidInputException.of("quarter", "Choose the quarter the return is for, such as 2026-Q3.");
        }
        if (quarter.firstDay().isAfter(today())) {
            throw InvalidInputException.of("quarter", quarter + " has not started yet.");
        }
        StaffingReturn built = StaffingReturn.revision(hospital.getId(), quarter,
                latestRevision(hospital.getId(), quarter), lines == null ? List.of() : lines,
                new StaffingReturn.Submission(caller.accountId(), callerEmail(), clock.instant(), source, note));
        write(List.of(built));
        audit.fire(AuditEvent.created(AuditAction.STAFFING_RETURN_SUBMITTED, SUBJECT, built.getId(),
                hospital.getCode() + " " + quarter + " revision " + built.getRevision() + " (" + source + ")"));
        return built;
    }

    /** A return an upload saved. */
    public record Saved(long id, String hospitalCode, String quarter, int revision) {
    }

    /**
     * Reads a staffing CSV and saves every return in it, or nothing: all bad rows are reported together. Each
     * row's hospital must be one the caller administers ({@code onlyHospital}, if given, must be the only one).
     */
    @CountedImport("staffing")
    public List<Saved> upload(String onlyHospital, Reader csv) {
        caller.check(Permissions.OWN_ACCOUNT);
        List<StaffingCsv.QuarterReturn> returns = StaffingCsv.read(csv);
        Map<String, Hospital> editable = new HashMap<>();
        Set<String> refusedCodes = new HashSet<>();
        List<UploadRefusedException.RowProblem> problems = new ArrayList<>();
        LocalDate today = today();
        for (StaffingCsv.QuarterReturn r : returns) {
            String where = "row " + r.firstRow() + ", hospital_code";
            String code = r.hospitalCode();
            if (onlyHospital != null && !code.equals(onlyHospital.trim().toUpperCase(Locale.ROOT))) {
                problems.add(new UploadRefusedException.RowProblem(where, "This upload is for " + onlyHospital
                        + " only; the row names " + code + "."));
            } else if (!editable.containsKey(code)) {
                Hospital hospital = refusedCodes.contains(code) ? null : editableHospital(code);
                if (hospital == null) {
                    refusedCodes.add(code);
                    problems.add(new UploadRefusedException.RowProblem(where, "You do not administer a hospital with"
                            + " the code " + code + "."));
                } else {
                    editable.put(code, hospital);
                }
            }
            if (r.quarter().firstDay().isAfter(today)) {
                problems.add(new UploadRefusedException.RowProblem("row " + r.firstRow() + ", quarter",
                        r.quarter() + " has not started yet."));
            }
        }
        if (!problems.isEmpty()) {
            throw new UploadRefusedException(problems);
        }
        Set<Long> hospitalIds = new LinkedHashSet<>();
        editable.values().forEach(h -> hospitalIds.add(h.getId()));
        Map<String, Integer> revisions = new HashMap<>();
        em.createQuery("SELECT r.hospitalId, r.period, MAX(r.revision) FROM StaffingReturn r"
                        + " WHERE r.hospitalId IN :ids GROUP BY r.hospitalId, r.period", Object[].class)
                .setParameter("ids", hospitalIds).getResultList()
                .forEach(row -> revisions.put(row[0] + " " + row[1], ((Number) row[2]).intValue()));
        StaffingReturn.Submission submission = new StaffingReturn.Submission(caller.accountId(), callerEmail(),
                clock.instant(), Source.CSV, null);
        List<StaffingReturn> built = new ArrayList<>();
        for (StaffingCsv.QuarterReturn r : returns) {
            long hospitalId = editable.get(r.hospitalCode()).getId();
            try {
                built.add(StaffingReturn.revision(hospitalId, r.quarter(),
                        revisions.getOrDefault(hospitalId + " " + r.quarter(), 0), r.lines(), submission));
            } catch (InvalidInputException e) {
                e.getProblems().forEach(p -> problems.add(new UploadRefusedException.RowProblem("row " + r.firstRow(),
                        p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new UploadRefusedException(problems);
        }
        write(built);
        audit.fire(AuditEvent.created(AuditAction.STAFFING_RETURNS_UPLOADED, SUBJECT, null, built.size()
                + " return(s) for " + String.join(", ", editable.keySet())));
        List<Saved> saved = new ArrayList<>();
        for (int i = 0; i < built.size(); i++) {
            saved.add(new Saved(built.get(i).getId(), returns.get(i).hospitalCode(), built.get(i).getPeriod(),
                    built.get(i).getRevision()));
        }
        return saved;
    }

    /** Every revision of the hospital's returns, newest quarter and revision first; one quarter if given. */
    public List<StaffingReturn> history(String hospitalCode, Quarter quarter) {
        Hospital hospital = hospitals.readable(hospitalCode);
        jakarta.persistence.TypedQuery<StaffingReturn> query = em.createQuery("SELECT r FROM StaffingReturn r"
                        + " WHERE r.hospitalId = :h" + (quarter == null ? "" : " AND r.period = :p")
                        + " ORDER BY r.period DESC, r.revision DESC", StaffingReturn.class)
                .setParameter("h", hospital.getId());
        if (quarter != null) {
            query.setParameter("p", quarter.toString());
        }
        return query.getResultList();
    }

    /** The latest revision of a quarter's return, or null if there is none. */
    public StaffingReturn latest(String hospitalCode, Quarter quarter) {
        return history(hospitalCode, quarter).stream().findFirst().orElse(null);
    }

    /** The quarter a new return is most likely for: the last one that has ended. */
    public Quarter defaultQuarter() {
        return Quarter.of(today()).minus(1);
    }

    /**
     * Stores returns, with their lines, and makes each its quarter's latest, over JDBC in this transaction: the one
     * way returns are written, whether one from a form or thousands from a file ({@link StaffingWriter}).
     */
    private void write(List<StaffingReturn> returns) {
        try (Connection connection = dataSource.getConnection()) {
            // The hospitals' rows first, as a change to a hospital takes them before its returns' values.
            benchmarkValues.lockHospitals(connection, returns);
            StaffingWriter.write(connection, returns);
            benchmarkValues.returnsWritten(connection, returns);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the staffing returns", e);
        }
    }

    private int latestRevision(long hospitalId, Quarter quarter) {
        Integer latest = em.createQuery("SELECT MAX(r.revision) FROM StaffingReturn r WHERE r.hospitalId = :h"
                        + " AND r.period = :p", Integer.class)
                .setParameter("h", hospitalId).setParameter("p", quarter.toString()).getSingleResult();
        return latest == null ? 0 : latest;
    }

    private Hospital editableHospital(String code) {
        Hospital hospital = em.createQuery("SELECT h FROM Hospital h WHERE h.code = :code", Hospital.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        return hospital != null && caller.has(Permissions.hospitalEdit(hospital.getId())) ? hospital : null;
    }

    private String callerEmail() {
        return em.find(Account.class, caller.accountId()).getEmail();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
