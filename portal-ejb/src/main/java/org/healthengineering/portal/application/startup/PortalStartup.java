package org.healthengineering.portal.application.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import org.healthengineering.portal.application.reminder.EngineerReminders;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs once when the portal is deployed, before it serves anyone: checks that the database settings exist,
 * applies the migrations, creates the first system administrator from {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD}, and loads demo data when {@code PORTAL_DEMO=true}. Any failure here fails the
 * deployment with a message that names what to fix.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = PortalStartup.DATA_SOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "rewriteBatchedStatements=true",
                // a database host that does not answer is reported within 2 s, not after the OS gives up
                "connectTimeout=2000"
        })
public class PortalStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";
    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());
    private static final String STARTUP_LOCK = "portal-startup";
    private static final int STARTUP_WAIT_SECONDS = 600;
    private static final List<String> REQUIRED = List.of("portal.db.url", "portal.db.user", "portal.db.password");

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    DemoData demoData;

    @Inject
    EngineerReminders engineerReminders;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        Config config = ConfigProvider.getConfig();
        for (String key : REQUIRED) {
            if (config.getOptionalValue(key, String.class).isEmpty()) {
                String variable = key.toUpperCase().replace('.', '_');
                throw new IllegalStateException(variable + " is not set: the portal needs " + variable
                        + " (see config/portal.env.example) to reach its database.");
            }
        }
        oneNodeAtATime(() -> {
            migrate();
            bootstrapAdministrator(config);
            if (config.getOptionalValue("portal.demo", Boolean.class).orElse(false) && demoData.loadOnce()) {
                // The demo engineers' reminders now, not at the next 06:30, so a newcomer sees them; by the node that
                // loaded the data, so a cluster starting together sends each once.
                LocalDate today = LocalDate.now(clock);
                demoData.engineerIds().forEach(id -> engineerReminders.remind(id, today));
            }
            keepBenchmarkValues();
        });
    }

    /**
     * A database from before kept peer statistics (migration V24) has hospitals but no values: they are computed
     * once, here, and the groups' statistics follow within seconds of start-up.
     */
    private void keepBenchmarkValues() {
        try (Connection connection = dataSource.getConnection()) {
            if (org.healthengineering.portal.application.benchmark.BenchmarkUpkeep.neverKept(connection)) {
                boolean auto = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    long start = System.nanoTime();
                    // One transaction: a start-up cut short leaves no values without their stale marks.
                    int hospitals = org.healthengineering.portal.application.benchmark.BenchmarkUpkeep
                            .rebuild(connection, false);
                    connection.commit();
                    LOG.info(() -> "Benchmark values kept for " + hospitals + " hospitals in "
                            + (System.nanoTime() - start) / 1_000_000 + " ms; their peer statistics follow.");
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(auto);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the benchmark values: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the start-up work (migrations, the first administrator, the demo data) one node at a time. Flyway locks
     * its history table, but on MySQL and MariaDB the first DDL statement commits and so releases that lock, and on
     * Galera Flyway takes no other: nodes starting together interleaved one script, and both created the first
     * administrator. So the portal holds a named lock of the database server meanwhile; a node that waited finds the
     * work done. A named lock lives on one server: on Galera it excludes the nodes that reached the same member, which
     * every node does while the first member of the cluster's URL (listed in one order everywhere) answers.
     */
    private void oneNodeAtATime(Runnable work) {
        try (Connection lock = dataSource.getConnection()) {
            try (PreparedStatement take = lock.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                take.setString(1, STARTUP_LOCK);
                take.setInt(2, STARTUP_WAIT_SECONDS);
                try (ResultSet taken = take.executeQuery()) {
                    if (!taken.next() || taken.getInt(1) != 1) {
                        throw new IllegalStateException("Another node held the start-up lock for more than "
                                + STARTUP_WAIT_SECONDS + " s; the portal will not start.");
                    }
                }
            }
            try {
                work.run();
            } catch (RuntimeException e) {
                release(lock, e);
                throw e;
            }
            release(lock, null);
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Could not take the start-up lock; the portal will not start. " + e.getMessage(), e);
            throw new IllegalStateException("Could not take the start-up lock: " + e.getMessage(), e);
        }
    }

    /** Gives the start-up lock back; a failure to do so is added to the work's own failure rather than hiding it. */
    private static void release(Connection lock, RuntimeException failure) throws SQLException {
        try (PreparedStatement release = lock.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, STARTUP_LOCK);
            release.executeQuery().close();
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private void migrate() {
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema is at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migration(s) applied now)");
        } catch (FlywayException e) {
            LOG.log(Level.SEVERE, "Database migration failed; the portal will not start. " + e.getMessage(), e);
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    private void bootstrapAdministrator(Config config) {
        Optional<String> email = config.getOptionalValue("portal.admin.email", String.class);
        Optional<String> password = config.getOptionalValue("portal.admin.password", String.class);
        if (email.isPresent() != password.isPresent()) {
            throw new IllegalStateException("Set both PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD, or neither.");
        }
        if (email.isPresent()) {
            provisioning.bootstrapSystemAdministrator(email.get(), password.get());
        } else if (!provisioning.systemAdministratorExists()) {
            LOG.warning("No system administrator exists. Set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD and"
                    + " restart to create one.");
        }
    }
}
