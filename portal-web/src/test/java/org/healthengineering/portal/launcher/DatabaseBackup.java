package org.healthengineering.portal.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A consistent dump of the portal's database and its restore, with MariaDB's own client programs: {@code mariadb-dump
 * --single-transaction} reads every table in one InnoDB snapshot while the portal keeps serving (evidence files live
 * in the database, so they are in the dump), gzip-compressed as it streams. A restore goes only into a database with
 * no tables, so it never mixes a backup into live data. The password reaches the programs in a file readable by its
 * owner only, never on a command line that {@code ps} shows.
 */
public final class DatabaseBackup {

    /** Where a database is and how to sign in to it. */
    public record Target(String host, int port, String database, String user, String password) {

        /** From a JDBC URL such as {@code jdbc:mysql://db.example:3306/portal?useSSL=true}. */
        public static Target of(String jdbcUrl, String user, String password) {
            String rest = jdbcUrl.replaceFirst("^jdbc:(mysql|mariadb)://", "");
            if (rest.equals(jdbcUrl) || rest.contains(",")) {
                throw new IllegalArgumentException("Backups need a single-host jdbc:mysql:// or jdbc:mariadb:// URL"
                        + " (got " + jdbcUrl + ").");
            }
            URI uri = URI.create("mysql://" + rest);
            String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (database.isBlank()) {
                throw new IllegalArgumentException("The database URL names no database: " + jdbcUrl);
            }
            return new Target(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), database, user, password);
        }

        public String jdbcUrl() {
            return "jdbc:mysql://" + host + ":" + port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
        }
    }

    /** What a backup wrote. */
    public record Written(Path file, long bytes, String sha256, double seconds) {
    }

    private final Path programs;

    /** @param programs the directory of MariaDB's client programs, or null to take them from the PATH */
    public DatabaseBackup(Path programs) {
        this.programs = programs;
    }

    /** Dumps {@code target} into {@code file} (gzip); the file appears only once the dump is whole. */
    public Written backup(Target target, Path file) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        // Readable by its owner only from the first byte: it holds personal data, password hashes and evidence.
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(partial);
        }
        Path options = optionsFile(target);
        try {
            Process dump = new ProcessBuilder(program("mariadb-dump", "mysqldump"),
                    "--defaults-extra-file=" + options, "--single-transaction", "--quick", "--routines", "--triggers",
                    "--hex-blob", "--no-tablespaces", "--default-character-set=utf8mb4", "--max-allowed-packet=1G",
                    target.database())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            CompletableFuture<String> errors = drain(dump.getErrorStream());
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (InputStream in = dump.getInputStream();
                 OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(partial), sha),
                         1 << 16)) {
                in.transferTo(out);
            }
            int exit = dump.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("mariadb-dump failed (exit code " + exit + "): " + errors.join().trim());
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Written(absolute, Files.size(absolute), HexFormat.of().formatHex(sha.digest()),
                    (System.nanoTime() - started) / 1e9);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(options);
        }
    }

    /** Loads {@code file} into {@code target}, which must hold no tables yet; answers how many tables it now has. */
    public int restore(Path file, Target target) throws IOException, InterruptedException, SQLException {
        List<String> existing = tables(target);
        if (!existing.isEmpty()) {
            throw new IllegalStateException("The database " + target.database() + " already holds " + existing.size()
                    + " tables: a backup is restored only into an empty database (a fresh data directory, or a new"
                    + " empty database on your server).");
        }
        Path options = optionsFile(target);
        try {
            Process load = new ProcessBuilder(program("mariadb", "mysql"), "--defaults-extra-file=" + options,
                    "--default-character-set=utf8mb4", "--max-allowed-packet=1G", target.database())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE).start();
            CompletableFuture<String> errors = drain(load.getErrorStream());
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
                 OutputStream out = load.getOutputStream()) {
                in.transferTo(out);
            }
            int exit = load.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Loading the backup failed (exit code " + exit + "): "
                        + errors.join().trim());
            }
        } finally {
            Files.deleteIfExists(options);
        }
        return tables(target).size();
    }

    /** The tables of the target's database. */
    public static List<String> tables(Target target) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             ResultSet tables = connection.getMetaData().getTables(target.database(), null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            return names;
        }
    }

    private String program(String name, String alternative) {
        if (programs != null && Files.isExecutable(programs.resolve(name))) {
            return programs.resolve(name).toString();
        }
        for (String candidate : List.of(name, alternative)) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!dir.isBlank() && Files.isExecutable(Path.of(dir, candidate))) {
                    return Path.of(dir, candidate).toString();
                }
            }
        }
        throw new IllegalStateException("Neither " + name + " nor " + alternative + " was found: install MariaDB's"
                + " client programs (Debian: apt-get install mariadb-client) or start the portal once with its"
                + " embedded database, which brings them.");
    }

    /** The connection settings in a client options file only its owner can read. */
    private static Path optionsFile(Target target) throws IOException {
        Path file;
        try {
            file = Files.createTempFile("portal-backup-", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            file = Files.createTempFile("portal-backup-", ".cnf");
        }
        Files.writeString(file, "[client]\nhost=" + target.host() + "\nport=" + target.port() + "\nprotocol=TCP\n"
                + "user=" + quoted(target.user()) + "\npassword=" + quoted(target.password()) + "\n");
        return file;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.getMessage();
            }
        });
    }
}
