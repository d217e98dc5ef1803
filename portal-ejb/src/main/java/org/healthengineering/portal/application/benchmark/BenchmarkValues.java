package org.healthengineering.portal.application.benchmark;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.staffing.StaffingReturn;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What a service calls, in its transaction, when it changes what benchmarks compare: a hospital's traits or
 * leadership, or its returns. The hospital's values are rewritten at once ({@link BenchmarkUpkeep}) and the groups'
 * kept statistics recomputed after the commit ({@link PeerStatisticsKeeper}).
 */
@ApplicationScoped
public class BenchmarkValues {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    PeerStatisticsKeeper keeper;

    /**
     * After a hospital was created ({@code before} null) or changed what benchmarks compare ({@code before}: its
     * traits until now); its entity's changes are flushed first.
     */
    public void hospitalChanged(long hospitalId, Hospital.BenchmarkTraits before) {
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            BenchmarkUpkeep.hospitalsChanged(connection, List.of(hospitalId), before == null ? Map.of()
                    : Map.of(hospitalId, BenchmarkUpkeep.place(before.kind().name(), before.region(), before.beds())));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the hospital's benchmark values", e);
        }
        keeper.afterCommit();
    }

    /**
     * Before returns are written: locks their hospitals' rows, so that a change to one of those hospitals (which
     * holds its row while it rewrites its values) waits for the returns, or they for it, in one order.
     */
    public void lockHospitals(Connection connection, List<StaffingReturn> returns) throws SQLException {
        BenchmarkUpkeep.lockHospitals(connection, returns.stream().map(StaffingReturn::getHospitalId).toList());
    }

    /** After returns were written on the connection given (the transaction's). */
    public void returnsWritten(Connection connection, List<StaffingReturn> returns) throws SQLException {
        BenchmarkUpkeep.returnsWritten(connection, returns);
        keeper.afterCommit();
    }
}
