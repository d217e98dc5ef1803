package org.healthengineering.portal.application.startup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What operators need to know about a running portal and anonymous callers must not: the database product and
 * version, and the schema version the migrations reached. The anonymous health check says only up or down.
 */
@Stateless
public class OperationsStatus {

    /** The database as the portal sees it. */
    public record Status(String databaseProduct, String databaseVersion, String schemaVersion, String javaVersion) {
    }

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Caller caller;

    public Status status() throws SQLException {
        caller.check(Permissions.OPERATIONS_READ);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet schema = statement.executeQuery("SELECT version FROM flyway_schema_history"
                     + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            String version = schema.next() ? schema.getString(1) : null;
            return new Status(connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion(), version, Runtime.version().toString());
        }
    }
}
