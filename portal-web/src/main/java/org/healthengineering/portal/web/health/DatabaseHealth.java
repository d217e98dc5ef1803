package org.healthengineering.portal.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.healthengineering.portal.application.startup.PortalStartup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal is ready when its database answers a query within two seconds. The answer is public, so it says
 * only up or down: the product, its version and any error go to operators (the log, and
 * {@code /api/v1/operations/status} for system administrators), never to anonymous callers.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                result.next();
            }
            return HealthCheckResponse.named("database").up().build();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Health check: the database did not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
