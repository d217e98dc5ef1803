package org.healthengineering.portal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code ./portal backup [FILE]} and {@code ./portal restore FILE}, for the database {@code ./portal run} uses: the
 * embedded one in {@code PORTAL_DATA_DIR} (reached while the portal runs, started for the moment when it does not),
 * or the one {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER} and {@code PORTAL_DB_PASSWORD} name.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) {
        try {
            if (args.length == 0 || !List.of("backup", "restore").contains(args[0])) {
                throw new IllegalArgumentException("Use ./portal backup [FILE] or ./portal restore FILE");
            }
            Map<String, String> env = System.getenv();
            Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", "data")).toAbsolutePath();
            if ("backup".equals(args[0])) {
                Path file = args.length > 1 ? Path.of(args[1]) : Path.of("backups", "portal-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".sql.gz");
                backup(env, dataDir, file);
            } else {
                if (args.length < 2) {
                    throw new IllegalArgumentException("Name the backup to restore: ./portal restore FILE");
                }
                restore(env, dataDir, Path.of(args[1]));
            }
            System.exit(0);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("ERROR: " + e);
            System.exit(1);
        }
    }

    private static void backup(Map<String, String> env, Path dataDir, Path file) throws Exception {
        try (Database database = Database.of(env, dataDir, false)) {
            System.out.println("Backing up " + database.describe() + " …");
            DatabaseBackup.Written written = new DatabaseBackup(database.programs()).backup(database.target(), file);
            System.out.printf("Wrote %s (%,d bytes, SHA-256 %s) in %.1f s.%n", written.file(), written.bytes(),
                    written.sha256(), written.seconds());
            System.out.println("It holds every table, evidence files included. It does not hold the credentials"
                    + " secret (" + dataDir.resolve("credentials-secret") + " or PORTAL_CREDENTIALS_SECRET), which"
                    + " seals the issuers' signing keys: keep a copy of it apart from the backups.");
        }
    }

    private static void restore(Map<String, String> env, Path dataDir, Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No backup at " + file.toAbsolutePath());
        }
        try (Database database = Database.of(env, dataDir, true)) {
            System.out.println("Restoring " + file.toAbsolutePath() + " into " + database.describe() + " …");
            long started = System.nanoTime();
            int tables = new DatabaseBackup(database.programs()).restore(file, database.target());
            System.out.printf("Restored %d tables in %.1f s. Start the portal with ./portal run.%n", tables,
                    (System.nanoTime() - started) / 1e9);
            if (!env.containsKey("PORTAL_CREDENTIALS_SECRET") && !Files.exists(dataDir.resolve("credentials-secret"))) {
                System.out.println("Put the original credentials secret in " + dataDir.resolve("credentials-secret")
                        + " (or PORTAL_CREDENTIALS_SECRET) before starting: without it the restored signing keys"
                        + " cannot be unsealed.");
            }
        }
    }

    /** The database to work on, started for the moment when it is the embedded one and not running. */
    private record Database(DatabaseBackup.Target target, Path programs, EmbeddedDatabase started, String describe)
            implements AutoCloseable {

        static Database of(Map<String, String> env, Path dataDir, boolean forRestore) throws Exception {
            String url = env.get("PORTAL_DB_URL");
            if (url != null && !url.isBlank()) {
                return new Database(DatabaseBackup.Target.of(url, env.get("PORTAL_DB_USER"), env.get("PORTAL_DB_PASSWORD")),
                        programsIn(dataDir), null, "the database at " + url);
            }
            Path passwordFile = dataDir.resolve("embedded-db-password");
            Integer running = PortalLauncher.runningDatabasePort(dataDir);
            if (running != null) {
                if (forRestore) {
                    throw new IllegalStateException("The portal is running on " + dataDir + ": stop it first, and"
                            + " restore into a fresh data directory (PORTAL_DATA_DIR).");
                }
                String password = Files.readString(passwordFile).trim();
                return new Database(new DatabaseBackup.Target("127.0.0.1", running, EmbeddedDatabase.DATABASE,
                        EmbeddedDatabase.USER, password), programsIn(dataDir), null,
                        "the running portal's embedded database (" + dataDir + ")");
            }
            if (!forRestore && !Files.isDirectory(dataDir.resolve("mariadb"))) {
                throw new IllegalStateException("There is no embedded database in " + dataDir
                        + " (set PORTAL_DATA_DIR, or PORTAL_DB_URL for your own server).");
            }
            String password = PortalLauncher.keptSecret(dataDir, "embedded-db-password", 24);
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("mariadb-base"),
                    dataDir.resolve("mariadb"), 0, password);
            return new Database(new DatabaseBackup.Target("127.0.0.1", database.port(), EmbeddedDatabase.DATABASE,
                    EmbeddedDatabase.USER, password), dataDir.resolve("mariadb-base").resolve("bin"), database,
                    "the embedded database in " + dataDir);
        }

        private static Path programsIn(Path dataDir) {
            Path bin = dataDir.resolve("mariadb-base").resolve("bin");
            return Files.isDirectory(bin) ? bin : null;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
