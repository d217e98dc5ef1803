package org.healthengineering.portal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./portal run}: starts the embedded MariaDB (unless {@code PORTAL_DB_URL} names another database),
 * starts Payara Micro with the portal, waits until the portal really answers, prints its address, and on
 * Ctrl-C stops Payara and then the database.
 */
public final class PortalLauncher {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /** The test class path brings OpenTelemetry (via Selenium), which announces itself at INFO; keep it quiet. */
    private static final java.util.logging.Logger OPEN_TELEMETRY_LOG =
            java.util.logging.Logger.getLogger("io.opentelemetry");

    static {
        OPEN_TELEMETRY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Map<String, String> env;
    private final boolean demo;
    private final Path dataDir;
    private final int httpPort;
    private final List<String> payaraOptions;
    private EmbeddedDatabase database;
    private PayaraNode payara;

    PortalLauncher(Map<String, String> env, List<String> args) {
        this(env, args, List.of());
    }

    /** With Payara Micro options besides the operator's (the page benchmark deploys its bare WAR beside the portal). */
    PortalLauncher(Map<String, String> env, List<String> args, List<String> payaraOptions) {
        this.env = env;
        this.payaraOptions = List.copyOf(payaraOptions);
        this.demo = args.contains("--demo") || "true".equalsIgnoreCase(env.get("PORTAL_DEMO"));
        this.dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", "data")).toAbsolutePath();
        this.httpPort = parsePort(env.getOrDefault("PORTAL_PORT", "8080"));
    }

    public static void main(String[] args) {
        PortalLauncher launcher;
        try {
            launcher = new PortalLauncher(System.getenv(), List.of(args));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "portal-stop"));
        try {
            int exit = launcher.run();
            System.exit(exit);
        } catch (IllegalStateException | IllegalArgumentException e) {
            fail(e.getMessage());
        } catch (Exception e) {
            e.printStackTrace();
            fail("The portal could not start: " + e);
        }
    }

    private int run() throws IOException, InterruptedException {
        double seconds = start();
        say("");
        say("The portal is ready at http://localhost:" + httpPort + "/  (started in "
                + String.format("%.1f", seconds) + " s)");
        if (demo) {
            say("Demo mode: synthetic data. Demo logins (email / password):");
            payara.demoLogins().forEach(login -> say("  " + login));
        }
        say("Press Ctrl-C to stop.");
        int exit = payara.waitFor();
        if (payara.stopping()) {
            return exit;
        }
        // Payara went away without being asked to: say so, with its last words; the stop hook then stops the database.
        System.err.println();
        System.err.println("ERROR: Payara Micro stopped unexpectedly (exit code " + exit + PayaraNode.describe(exit)
                + "). The portal is no longer serving.");
        List<String> last = payara.lastLines(15);
        if (!last.isEmpty()) {
            System.err.println("The last lines of " + logFile() + ":");
            last.forEach(line -> System.err.println("  " + line));
        }
        return exit == 0 ? 1 : exit;
    }

    /** Starts the database (unless external) and Payara; returns the seconds it took until the portal answered. */
    double start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Map<String, String> payaraEnv = new HashMap<>(env);
        Optional<String> external = externalDatabase();
        try (java.net.ServerSocket probe = new java.net.ServerSocket(httpPort)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + httpPort + " is already in use (is the portal already running?)."
                    + " Stop what uses it or choose another port with PORTAL_PORT.");
        }
        if (external.isPresent()) {
            checkConnection(env.get("PORTAL_DB_URL"), env.get("PORTAL_DB_USER"), env.get("PORTAL_DB_PASSWORD"));
            say("Using the database at " + external.get());
        } else {
            if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                say("WARNING: PORTAL_DATA_DIR is under the temporary directory; the embedded MariaDB treats such a"
                        + " directory as throw-away and its data does not survive a restart.");
            }
            say("Starting the embedded MariaDB (data in " + dataDir.resolve("mariadb") + ") …");
            database = EmbeddedDatabase.start(dataDir.resolve("mariadb-base"), dataDir.resolve("mariadb"), 0,
                    embeddedPassword());
            Files.writeString(portFile(dataDir), String.valueOf(database.port()));
            payaraEnv.put("PORTAL_DB_URL", database.jdbcUrl());
            payaraEnv.put("PORTAL_DB_USER", EmbeddedDatabase.USER);
            payaraEnv.put("PORTAL_DB_PASSWORD", database.password());
        }
        if (demo) {
            payaraEnv.put("PORTAL_DEMO", "true");
        }
        // Links in mail and the ids in signed credentials point at the port this portal serves on.
        payaraEnv.putIfAbsent("PORTAL_LOCAL_ADDRESS", "http://localhost:" + httpPort);
        String secret = env.get("PORTAL_CREDENTIALS_SECRET");
        if (secret == null || secret.isBlank()) {
            payaraEnv.put("PORTAL_CREDENTIALS_SECRET", keptSecret("credentials-secret", 32));
        }
        say("Starting Payara Micro on port " + httpPort + " (full log: " + logFile() + ") …");
        payara = new PayaraNode("payara", httpPort, logFile());
        Path config = Path.of(System.getProperty("portal.config", "config")).toAbsolutePath();
        List<String> options = new ArrayList<>(PayaraNode.options(config.resolve("payara-micro.options")));
        // One node: sessions stay in memory (a cluster's nodes replicate them on the Data Grid instead).
        options.addAll(List.of("--postbootcommandfile", config.resolve("single-node.asadmin").toString()));
        options.addAll(payaraOptions);
        payara.start(payaraEnv, options);
        payara.awaitReady(START_TIMEOUT);
        return (System.nanoTime() - started) / 1e9;
    }

    /** The embedded MariaDB the launcher started, if it started one. */
    Optional<EmbeddedDatabase> embedded() {
        return Optional.ofNullable(database);
    }

    /** The JDBC URL, user and password of the database the portal uses. */
    String[] database() {
        if (database != null) {
            return new String[] {database.jdbcUrl(), EmbeddedDatabase.USER, database.password()};
        }
        return new String[] {env.get("PORTAL_DB_URL"), env.get("PORTAL_DB_USER"), env.get("PORTAL_DB_PASSWORD")};
    }

    private Optional<String> externalDatabase() {
        List<String> names = List.of("PORTAL_DB_URL", "PORTAL_DB_USER", "PORTAL_DB_PASSWORD");
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (missing.size() == names.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set: to use your own database set PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD;"
                    + " unset all three to use the embedded one.");
        }
        if (!env.get("PORTAL_DB_URL").startsWith("jdbc:mysql://") && !env.get("PORTAL_DB_URL").startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("PORTAL_DB_URL must look like jdbc:mysql://host:3306/portal (got "
                    + env.get("PORTAL_DB_URL") + ").");
        }
        return Optional.of(env.get("PORTAL_DB_URL"));
    }

    private static void checkConnection(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // Reaching the database is all that is checked here; the portal applies migrations itself.
        } catch (SQLException e) {
            String setting = "28000".equals(e.getSQLState()) || e.getErrorCode() == 1045
                    ? "PORTAL_DB_USER / PORTAL_DB_PASSWORD" : e.getErrorCode() == 1049 ? "PORTAL_DB_URL (database name)"
                    : "PORTAL_DB_URL";
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage() + "\nCheck " + setting
                    + ".");
        }
    }

    /** The embedded database user's password: generated on first start, kept beside the data. */
    private String embeddedPassword() throws IOException {
        return keptSecret("embedded-db-password", 24);
    }

    /**
     * A random secret kept in a file of the data directory readable by its owner only: generated on first start,
     * the same on every later one. The credentials secret seals issuers' keys, so losing the file loses them.
     */
    private String keptSecret(String name, int length) throws IOException {
        return keptSecret(dataDir, name, length);
    }

    static String keptSecret(Path dataDir, String name, int length) throws IOException {
        Path file = dataDir.resolve(name);
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        Files.createDirectories(dataDir);
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, password);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the directory's default permissions.
        }
        return password;
    }

    /** Where the running launcher's embedded database listens, for {@code ./portal backup}: kept while it runs. */
    private static Path portFile(Path dataDir) {
        return dataDir.resolve("mariadb-port");
    }

    /** The port of the embedded database a running {@code ./portal run} started in {@code dataDir}, or null. */
    static Integer runningDatabasePort(Path dataDir) {
        try {
            int port = Integer.parseInt(Files.readString(portFile(dataDir)).trim());
            try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                return port;
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    synchronized void stop() {
        if (payara != null && payara.isAlive()) {
            say("Stopping Payara Micro …");
        }
        if (payara != null) {
            payara.stop();
        }
        if (database != null) {
            say("Stopping the embedded MariaDB …");
            try {
                Files.deleteIfExists(portFile(dataDir));
            } catch (IOException e) {
                System.err.println("Could not remove " + portFile(dataDir) + ": " + e.getMessage());
            }
            try {
                database.close();
            } catch (RuntimeException e) {
                System.err.println(e.getMessage());
            }
            database = null;
        }
    }

    private Path logFile() {
        return dataDir.resolve("logs").resolve("payara.log");
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORTAL_PORT must be a port number between 1 and 65535 (got " + text
                    + ").");
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }

    private static void fail(String message) {
        System.err.println();
        System.err.println("ERROR: " + message);
        System.exit(1);
    }
}
