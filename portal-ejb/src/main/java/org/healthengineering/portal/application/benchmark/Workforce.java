package org.healthengineering.portal.application.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.benchmark.NationalWorkforce;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The national workforce view for professional bodies: aggregates only, never one hospital's figures. */
@Stateless
public class Workforce {

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Caller caller;

    /** The quarters anyone has returned, newest first. */
    public List<Quarter> quarters() {
        caller.check(Permissions.NATIONAL_WORKFORCE_READ);
        List<Quarter> quarters = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT DISTINCT period FROM staffing_quarter ORDER BY period DESC");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                quarters.add(Quarter.parse(rs.getString(1), "period"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the quarters", e);
        }
        return quarters;
    }

    /** The national view for a quarter (default: the latest anyone returned), or null when there are no returns. */
    public NationalWorkforce national(Quarter quarter) {
        caller.check(Permissions.NATIONAL_WORKFORCE_READ);
        Quarter when = quarter;
        if (when == null) {
            List<Quarter> all = quarters();
            if (all.isEmpty()) {
                return null;
            }
            when = all.get(0);
        }
        List<NationalWorkforce.Cell> cells = new ArrayList<>();
        int hospitals = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT h.region, l.staff_group, COUNT(*),"
                    + " SUM(l.establishment_fte), SUM(l.in_post_fte), SUM(l.vacancy_fte), SUM(l.agency_fte),"
                    + " SUM(l.leavers), SUM(l.headcount_under_35), SUM(l.headcount_35_to_54), SUM(l.headcount_55_plus)"
                    + " FROM staffing_quarter q JOIN hospital h ON h.id = q.hospital_id"
                    + " JOIN staffing_return_line l ON l.return_id = q.return_id"
                    + " WHERE q.period = ? GROUP BY h.region, l.staff_group")) {
                s.setString(1, when.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        cells.add(new NationalWorkforce.Cell(rs.getString(1), StaffGroup.valueOf(rs.getString(2)),
                                rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                                rs.getBigDecimal(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM staffing_quarter WHERE period = ?")) {
                s.setString(1, when.toString());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    hospitals = rs.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the national figures", e);
        }
        return NationalWorkforce.of(when, hospitals, cells);
    }
}
