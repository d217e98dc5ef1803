package org.healthengineering.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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
 * Starts one fresh embedded MariaDB and one GreenMail SMTP server for the whole integration-test run, on the
 * ports failsafe reserved and handed to Payara as PORTAL_DB_URL and PORTAL_SMTP_PORT, and stops them at the end.
 * Does nothing outside the integration tests.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    private static volatile GreenMail mail;
    private static volatile ServerSetup mailSetup;

    private static volatile EmbeddedDatabase database;

    /** The SMTP server the portal under test sends its mail to. */
    static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("The test SMTP server runs only in the integration tests");
        }
        return mail;
    }

    /** Stops the test SMTP server, as an outage of the portal's mail relay; {@link #startMail()} brings a new one. */
    static void stopMail() {
        mail().stop();
    }

    /** Starts a fresh test SMTP server on the same port (it has received nothing yet). */
    static void startMail() {
        GreenMail fresh = new GreenMail(mailSetup);
        fresh.start();
        mail = fresh;
    }

    /** The database the portal under test uses, for the tests that take it away and bring it back. */
    static EmbeddedDatabase database() {
        if (database == null) {
            throw new IllegalStateException("The embedded database runs only in the integration tests");
        }
        return database;
    }

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
        String smtp = System.getProperty("it.smtp.port");
        if (smtp != null && !smtp.isBlank() && !"0".equals(smtp)) {
            mailSetup = new ServerSetup(Integer.parseInt(smtp), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            mail = new GreenMail(mailSetup);
            mail.start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
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
