package org.healthengineering.portal.it;

import org.healthengineering.portal.launcher.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts one fresh embedded MariaDB for the whole integration-test run, on the port failsafe reserved and
 * handed to Payara as PORTAL_DB_URL, and stops it at the end. Does nothing outside the integration tests.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || port.isBlank() || "0".equals(port)) {
            return;
        }
        Path root = Path.of(System.getProperty("it.db.dir", "target/it-mariadb")).toAbsolutePath();
        deleteRecursively(root.resolve("data"));
        database = EmbeddedDatabase.start(root.resolve("base"), root.resolve("data"), Integer.parseInt(port),
                System.getenv().getOrDefault("PORTAL_DB_PASSWORD", "portal-it-password"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
