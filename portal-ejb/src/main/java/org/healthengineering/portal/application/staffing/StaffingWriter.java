package org.healthengineering.portal.application.staffing;

import org.healthengineering.portal.application.BatchInserts;
import org.healthengineering.portal.domain.shared.InstantConverter;
import org.healthengineering.portal.domain.staffing.QuarterTotals;
import org.healthengineering.portal.domain.staffing.StaffingLine;
import org.healthengineering.portal.domain.staffing.StaffingReturn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes many staffing returns at once over JDBC, in the caller's transaction: the returns (one batch), their
 * lines and the quarters' totals (multi-row statements). Used for CSV uploads and by the synthetic-data
 * generator, where writing thousands of returns one entity at a time would take many seconds. The returns are
 * built, and so checked, by {@link StaffingReturn#revision} first.
 */
public final class StaffingWriter {

    private StaffingWriter() {
    }

    /**
     * Inserts the returns with their lines, and makes each the latest of its quarter; each return takes the id
     * it was given ({@link StaffingReturn#stored}).
     */
    public static void write(Connection connection, List<StaffingReturn> returns) throws SQLException {
        List<Long> ids;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staffing_return (hospital_id, period,"
                + " revision, submitted_by_id, submitted_by_email, submitted_at, source, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (StaffingReturn r : returns) {
                insert.setLong(1, r.getHospitalId());
                insert.setString(2, r.getPeriod());
                insert.setInt(3, r.getRevision());
                insert.setObject(4, r.getSubmittedById());
                insert.setString(5, r.getSubmittedByEmail());
                insert.setObject(6, InstantConverter.utc(r.getSubmittedAt()));
                insert.setString(7, r.getSource().name());
                insert.setString(8, r.getNote());
                insert.addBatch();
            }
            ids = BatchInserts.execute(insert, returns.size());
        }
        for (int i = 0; i < returns.size(); i++) {
            returns.get(i).stored(ids.get(i));
        }
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> totals = new ArrayList<>();
        for (int i = 0; i < returns.size(); i++) {
            StaffingReturn r = returns.get(i);
            for (StaffingLine l : r.getLines()) {
                lines.add(new Object[] {ids.get(i), l.getGroup().name(), l.getEstablishmentFte(), l.getInPostFte(),
                        l.getVacancyFte(), l.getAgencyFte(), l.getLeavers(), l.getHeadcountUnder35(),
                        l.getHeadcount35To54(), l.getHeadcount55Plus()});
            }
            QuarterTotals t = r.totals();
            totals.add(new Object[] {r.getPeriod(), r.getHospitalId(), ids.get(i), t.establishmentFte(), t.inPostFte(),
                    t.vacancyFte(), t.agencyFte(), t.engineerFte(), t.technicianFte(), t.leavers(), t.headcount(),
                    t.headcount55Plus()});
        }
        BatchInserts.rows(connection, "INSERT INTO staffing_return_line (return_id, staff_group, establishment_fte,"
                + " in_post_fte, vacancy_fte, agency_fte, leavers, headcount_under_35, headcount_35_to_54,"
                + " headcount_55_plus) VALUES ", lines, "");
        BatchInserts.rows(connection, "INSERT INTO staffing_quarter (period, hospital_id, return_id, establishment_fte,"
                + " in_post_fte, vacancy_fte, agency_fte, engineer_fte, technician_fte, leavers, headcount,"
                + " headcount_55_plus) VALUES ", totals, " ON DUPLICATE KEY UPDATE return_id = VALUES(return_id),"
                + " establishment_fte = VALUES(establishment_fte), in_post_fte = VALUES(in_post_fte),"
                + " vacancy_fte = VALUES(vacancy_fte), agency_fte = VALUES(agency_fte),"
                + " engineer_fte = VALUES(engineer_fte), technician_fte = VALUES(technician_fte),"
                + " leavers = VALUES(leavers), headcount = VALUES(headcount),"
                + " headcount_55_plus = VALUES(headcount_55_plus)");
    }
}
