package org.healthengineering.portal.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Three MariaDB servers (Debian's {@code mariadb-server} and {@code galera-4}) replicating synchronously as one Galera
 * cluster on this host, for {@code ./portal cluster --galera} and the tests that take a database server away. The
 * first bootstraps the cluster and gets the portal's database and user; the others join it by state transfer
 * (rsync). The portal reaches them through one JDBC URL naming all three: Connector/J uses the first that answers
 * and moves to the next when it dies.
 */
public final class GaleraCluster implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final Path CLIENT = Path.of("/usr/bin/mariadb");
    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final int SIZE = 3;
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    /**
     * Started by root, the servers run as {@code nobody}: a state transfer's rsync daemon, started by the server,
     * writes as {@code nobody} when root starts it, so the server and its files must belong to that user too.
     */
    private static final String SERVER_USER = ROOT ? "nobody" : System.getProperty("user.name");

    /** One member: its ports, its directory and its process. */
    public static final class Member {
        final String name;
        final Path dir;
        final int sqlPort;
        final int groupPort;
        final int istPort;
        final int sstPort;
        Process process;

        Member(String name, Path dir) throws IOException {
            this.name = name;
            this.dir = dir;
            this.sqlPort = freePort();
            this.groupPort = freePort();
            this.istPort = freePort();
            this.sstPort = freePort();
        }

        public String name() {
            return name;
        }

        public int port() {
            return sqlPort;
        }

        public boolean isAlive() {
            return process != null && process.isAlive();
        }
    }

    private final List<Member> members = new ArrayList<>();
    private final String password;

    private GaleraCluster(String password) {
        this.password = password;
    }

    /** Whether Debian's MariaDB server and Galera library are installed. */
    public static boolean installed() {
        return Files.isExecutable(SERVER) && Files.isRegularFile(PROVIDER) && Files.isExecutable(INSTALL_DB);
    }

    /** Starts a fresh three-member cluster under {@code dir}, with the portal's database and a user of {@code password}. */
    public static GaleraCluster start(Path dir, String password) throws IOException, InterruptedException {
        if (!installed()) {
            throw new IllegalStateException("Galera needs Debian's MariaDB server and Galera library:"
                    + " sudo apt-get install -y mariadb-server galera-4 rsync");
        }
        GaleraCluster cluster = new GaleraCluster(password);
        try {
            Files.createDirectories(dir);
            if (ROOT) {
                // The servers run as nobody: they must reach their directories from here.
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            for (int i = 1; i <= SIZE; i++) {
                Path memberDir = dir.resolve("db-" + i);
                deleteRecursively(memberDir);
                Files.createDirectories(memberDir.resolve("data"));
                cluster.members.add(new Member("db-" + i, memberDir));
            }
            Member first = cluster.members.get(0);
            run(List.of(INSTALL_DB.toString(), "--no-defaults", "--datadir=" + first.dir.resolve("data"),
                    "--user=" + SERVER_USER, "--auth-root-authentication-method=socket",
                    "--skip-test-db"), first.dir.resolve("install.log"));
            cluster.members.forEach(GaleraCluster::own);
            // The first member makes the portal's database and user, stops cleanly, and its data is copied to the
            // others: all three then start from one state, so none needs a full state transfer.
            cluster.launch(first, true, null);
            cluster.awaitSynced(first, 60);
            cluster.prepare(first);
            first.process.destroy();
            if (!first.process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("db-1 did not stop cleanly; see " + first.dir.resolve("error.log"));
            }
            for (Member joiner : cluster.members.subList(1, SIZE)) {
                copy(first.dir.resolve("data"), joiner.dir.resolve("data"));
                own(joiner);
            }
            cluster.launch(first, true, null);
            cluster.awaitSynced(first, 60);
            for (Member joiner : cluster.members.subList(1, SIZE)) {
                cluster.launch(joiner, false, null);
            }
            for (Member joiner : cluster.members.subList(1, SIZE)) {
                cluster.awaitSynced(joiner, 120);
            }
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    /** The URL the portal uses: every member, in order; the first that answers serves. */
    public String jdbcUrl() {
        return "jdbc:mysql://" + String.join(",", members.stream().map(m -> "127.0.0.1:" + m.sqlPort).toList())
                + "/" + EmbeddedDatabase.DATABASE
                + "?useSSL=false&allowPublicKeyRetrieval=true&failOverReadOnly=false&retriesAllDown=2";
    }

    public String user() {
        return EmbeddedDatabase.USER;
    }

    public String password() {
        return password;
    }

    /** A connection to one member (not through the failover URL). */
    public Connection connect(Member member) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + member.sqlPort + "/" + EmbeddedDatabase.DATABASE
                + "?useSSL=false&allowPublicKeyRetrieval=true", user(), password);
    }

    /** {@code kill -9} of a member, as a crashed server. */
    public void kill(Member member) throws InterruptedException {
        member.process.destroyForcibly();
        member.process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts a killed member again; it rejoins the others (incremental state transfer) and catches up. */
    public void rejoin(Member member) throws IOException, InterruptedException {
        launch(member, false, recoveredPosition(member));
        awaitSynced(member, 120);
    }

    /**
     * Where a killed member's data stands (its cluster's id and the last transaction it committed), read by running the
     * server once with {@code --wsrep-recover}, as Debian's service scripts do; it rejoins from there by incremental
     * transfer from another member's cache.
     */
    private String recoveredPosition(Member member) throws IOException, InterruptedException {
        Path log = member.dir.resolve("recover.log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(serverOptions(member));
        command.removeIf(o -> o.startsWith("--log-error="));
        command.addAll(List.of("--log-error=" + log, "--wsrep-recover", "--wsrep-cluster-address=" + clusterAddress()));
        Process recover = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(member.dir.resolve("console.log").toFile())).start();
        if (!recover.waitFor(120, TimeUnit.SECONDS)) {
            recover.destroyForcibly();
            throw new IllegalStateException(member.name + ": recovery did not finish; see " + log);
        }
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("Recovered position: (\\S+)")
                .matcher(Files.readString(log));
        String position = null;
        while (found.find()) {
            position = found.group(1);
        }
        if (position == null) {
            throw new IllegalStateException(member.name + ": no recovered position; see " + log);
        }
        return position;
    }

    /** How many members the cluster counts, as {@code member} sees it. */
    public int size(Member member) throws SQLException {
        try (Connection connection = connect(member);
             ResultSet row = connection.createStatement().executeQuery("SHOW STATUS LIKE 'wsrep_cluster_size'")) {
            return row.next() ? row.getInt(2) : 0;
        }
    }

    private void launch(Member member, boolean bootstrap, String startPosition) throws IOException {
        List<String> command = new ArrayList<>(serverOptions(member));
        command.add("--wsrep-cluster-address=" + (bootstrap ? "gcomm://" : clusterAddress()));
        if (startPosition != null) {
            command.add("--wsrep-start-position=" + startPosition);
        }
        if (bootstrap) {
            // The first start, or the restart after its data was copied: it may found the cluster.
            Path state = member.dir.resolve("data").resolve("grastate.dat");
            if (Files.exists(state)) {
                Files.writeString(state, Files.readString(state).replace("safe_to_bootstrap: 0", "safe_to_bootstrap: 1"));
            }
        }
        member.process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(member.dir.resolve("console.log").toFile())).start();
    }

    private String clusterAddress() {
        return "gcomm://" + String.join(",", members.stream().map(m -> "127.0.0.1:" + m.groupPort).toList());
    }

    /** The server's options, but for where it finds the cluster. */
    private static List<String> serverOptions(Member member) {
        Path dir = member.dir;
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + member.sqlPort, "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadb.sock"), "--pid-file=" + dir.resolve("mariadb.pid"),
                "--log-error=" + dir.resolve("error.log"), "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci", "--max-allowed-packet=64M",
                "--binlog-format=ROW", "--default-storage-engine=InnoDB", "--innodb-autoinc-lock-mode=2",
                "--innodb-buffer-pool-size=128M", "--wsrep-on=ON", "--wsrep-provider=" + PROVIDER,
                "--wsrep-cluster-name=portal-galera", "--wsrep-node-name=" + member.name,
                "--wsrep-node-address=127.0.0.1:" + member.groupPort,
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + member.groupPort
                        + ";ist.recv_addr=127.0.0.1:" + member.istPort
                        // A dead member is suspected after 2 s and evicted after 4 s (defaults: 5 s and 15 s), so
                        // writes stalled by its death resume within the portal's 10 s; on a real network keep more.
                        + ";evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT2S;evs.inactive_timeout=PT4S",
                "--wsrep-sst-method=rsync", "--wsrep-sst-receive-address=127.0.0.1:" + member.sstPort));
        if (ROOT) {
            command.add("--user=" + SERVER_USER);
        }
        return command;
    }

    /** Gives the member's directory to the user its server runs as. */
    private static void own(Member member) {
        if (!ROOT) {
            return;
        }
        try {
            run(List.of("chown", "-R", SERVER_USER + ":", member.dir.toString()), member.dir.getParent().resolve("chown.log"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        deleteRecursively(to);
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                String name = source.getFileName().toString();
                if (name.equals("gvwstate.dat") || name.endsWith(".pid") || name.endsWith(".sock")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Waits until the member answers as a synced member of the cluster. */
    private void awaitSynced(Member member, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!member.process.isAlive()) {
                throw new IllegalStateException(member.name + " stopped while starting; see " + member.dir.resolve("error.log"));
            }
            try {
                last = query(member, "SHOW STATUS LIKE 'wsrep_local_state_comment'");
                if (last.contains("Synced")) {
                    return;
                }
            } catch (IOException e) {
                last = e.getMessage();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(member.name + " did not join the cluster within " + seconds + " s (" + last
                + "); see " + member.dir.resolve("error.log"));
    }

    /** The portal's database and user, made on the first member and replicated to the others as they join. */
    private void prepare(Member first) throws IOException, InterruptedException {
        String quoted = password.replace("\\", "\\\\").replace("'", "''");
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + EmbeddedDatabase.DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String user = "'" + EmbeddedDatabase.USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(user).append(" IDENTIFIED BY '").append(quoted).append("';")
                    .append("GRANT ALL PRIVILEGES ON ").append(EmbeddedDatabase.DATABASE).append(".* TO ").append(user)
                    .append(';');
        }
        query(first, sql.toString());
    }

    /**
     * Runs SQL as the server's administrator, over its socket; answers what it printed. The SQL goes in on the client's
     * input, never on its command line, where {@code ps} would show a password in it.
     */
    private static String query(Member member, String sql) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(CLIENT.toString(), "--no-defaults", "--socket=" + member.dir.resolve("mariadb.sock"),
                "-uroot", "-N").redirectErrorStream(true).start();
        try (var in = client.getOutputStream()) {
            in.write(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(client.getInputStream().readAllBytes());
        if (client.waitFor() != 0) {
            throw new IOException(out.trim());
        }
        return out;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    @Override
    public void close() {
        for (Member member : members) {
            if (member.isAlive()) {
                member.process.destroy();
            }
        }
        for (Member member : members) {
            try {
                if (member.process != null && !member.process.waitFor(30, TimeUnit.SECONDS)) {
                    member.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                member.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
