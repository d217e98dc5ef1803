package org.healthengineering.portal.application.cpdaudit;

import org.healthengineering.portal.application.BatchInserts;
import org.healthengineering.portal.domain.shared.InstantConverter;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.EligibleList;
import org.healthengineering.portal.domain.cpdaudit.EligibleRegistrant;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a drawn sample over JDBC, in the caller's transaction: the campaign's eligible list (up to hundreds of
 * thousands of rows) and the new cases, each as one batch that the driver sends as multi-row statements
 * ({@code rewriteBatchedStatements}). Writing them one entity at a time took seconds per campaign. Reads the
 * eligible list back the same way. The cases are built, and so checked, by {@link AuditCase#select} first.
 */
public final class SelectionStore {

    private SelectionStore() {
    }

    public static void writeEligible(Connection connection, long campaignId, EligibleList eligible) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_campaign_eligible"
                + " (campaign_id, account_id, stratum, not_engaged_before) VALUES (?, ?, ?, ?)")) {
            for (EligibleRegistrant e : eligible.registrants()) {
                insert.setLong(1, campaignId);
                insert.setLong(2, e.accountId());
                insert.setString(3, e.stratum());
                insert.setBoolean(4, e.notEngagedBefore());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static EligibleList readEligible(Connection connection, long campaignId) throws SQLException {
        List<EligibleRegistrant> registrants = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT account_id, stratum, not_engaged_before"
                + " FROM audit_campaign_eligible WHERE campaign_id = ? ORDER BY account_id")) {
            select.setLong(1, campaignId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    registrants.add(new EligibleRegistrant(rows.getLong(1), rows.getString(2), rows.getBoolean(3)));
                }
            }
        }
        return EligibleList.of(registrants);
    }

    /** Inserts the new cases; each takes the id the database gave it ({@link AuditCase#stored}). */
    public static void writeCases(Connection connection, List<AuditCase> cases) throws SQLException {
        if (cases.isEmpty()) {
            return;
        }
        List<Long> ids;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_case (campaign_id, account_id,"
                + " stratum, reason, place, hash, state, deadline, round, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            for (AuditCase c : cases) {
                insert.setLong(1, c.getCampaignId());
                insert.setLong(2, c.getRegistrantId());
                insert.setString(3, c.getStratum());
                insert.setString(4, c.getReason().name());
                insert.setInt(5, c.getPlace());
                insert.setString(6, c.getHash());
                insert.setString(7, c.getState().name());
                insert.setDate(8, Date.valueOf(c.getDeadline()));
                insert.setObject(9, InstantConverter.utc(c.getCreatedAt()));
                insert.setObject(10, InstantConverter.utc(c.getUpdatedAt()));
                insert.addBatch();
            }
            ids = BatchInserts.execute(insert, cases.size());
        }
        for (int i = 0; i < cases.size(); i++) {
            cases.get(i).stored(ids.get(i));
        }
    }
}
