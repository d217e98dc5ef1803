package org.healthengineering.portal.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./portal cluster [N] [--galera] [--demo]}: N Payara Micro nodes (2 by default) clustered on Payara's Data
 * Grid (Hazelcast, members found over TCP/IP, backups kept on another member even on one host), one database (the
 * embedded MariaDB of {@code PORTAL_DATA_DIR}, {@code PORTAL_DB_*}, or with {@code --galera} a fresh three-member
 * Galera cluster), and nginx in front on {@code PORTAL_PORT}, balancing by the session cookie. Prints the address and
 * each node; Ctrl-C stops everything, nginx first.
 */
public final class ClusterLauncher implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final Map<String, String> env;
    private final int size;
    private final boolean demo;
    private final boolean galera;
    private final Path dataDir;
    private final int port;
    private final List<PayaraNode> nodes = new ArrayList<>();
    private EmbeddedDatabase database;
    private GaleraCluster galeraCluster;
    private Nginx nginx;
    private volatile boolean stopping;

    public ClusterLauncher(Map<String, String> env, int size, boolean demo) {
        this(env, size, demo, false);
    }

    public ClusterLauncher(Map<String, String> env, int size, boolean demo, boolean galera) {
        if (size < 1 || size > 8) {
            throw new IllegalArgumentException("A cluster here has 1 to 8 nodes (got " + size + ").");
        }
        this.env = env;
        this.size = size;
        this.demo = demo || "true".equalsIgnoreCase(env.get("PORTAL_DEMO"));
        this.galera = galera;
        this.dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", "data")).toAbsolutePath();
        this.port = Integer.parseInt(env.getOrDefault("PORTAL_PORT", "8080").trim());
    }

    public static void main(String[] args) {
        int size = 2;
        boolean demo = false;
        boolean galera = false;
        for (String arg : args) {
            if ("--demo".equals(arg)) {
                demo = true;
            } else if ("--galera".equals(arg)) {
                galera = true;
            } else if (arg.matches("\\d+")) {
                size = Integer.parseInt(arg);
            } else {
                System.err.println("ERROR: unknown option " + arg + "; use ./portal cluster [N] [--galera] [--demo]");
                System.exit(2);
            }
        }
        ClusterLauncher cluster;
        try {
            cluster = new ClusterLauncher(System.getenv(), size, demo, galera);
        } catch (IllegalArgumentException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "cluster-stop"));
        try {
            cluster.start();
            cluster.report();
            cluster.watch();
        } catch (Exception e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    /** The address users reach: nginx. */
    public String url() {
        return "http://localhost:" + port + "/";
    }

    public List<PayaraNode> nodes() {
        return List.copyOf(nodes);
    }

    /** The node called {@code name} ({@code node-1}, …), as its answers' {@code X-Portal-Node} header names it. */
    public PayaraNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No node " + name));
    }

    /** The Galera cluster started with {@code --galera}, or null. */
    public GaleraCluster galera() {
        return galeraCluster;
    }

    /** The database the cluster uses (the embedded one it started), for checks that look at what was stored. */
    public DatabaseBackup.Target database() {
        if (database == null) {
            return DatabaseBackup.Target.of(env.get("PORTAL_DB_URL"), env.get("PORTAL_DB_USER"),
                    env.get("PORTAL_DB_PASSWORD"));
        }
        return new DatabaseBackup.Target("127.0.0.1", database.port(), EmbeddedDatabase.DATABASE, EmbeddedDatabase.USER,
                database.password());
    }

    /** Starts the database, the nodes (all at once, as a cluster's nodes often do) and nginx. */
    public void start() throws Exception {
        Files.createDirectories(dataDir);
        requireFree(port, "PORTAL_PORT (nginx)");
        Map<String, String> nodeEnv = new HashMap<>(env);
        if (galera) {
            say("Starting a fresh three-member Galera cluster (data in " + dataDir.resolve("galera") + ") …");
            galeraCluster = GaleraCluster.start(dataDir.resolve("galera"),
                    PortalLauncher.keptSecret(dataDir, "embedded-db-password", 24));
            nodeEnv.put("PORTAL_DB_URL", galeraCluster.jdbcUrl());
            nodeEnv.put("PORTAL_DB_USER", galeraCluster.user());
            nodeEnv.put("PORTAL_DB_PASSWORD", galeraCluster.password());
            for (GaleraCluster.Member member : galeraCluster.members()) {
                say("  " + member.name() + " on port " + member.port());
            }
        } else if (env.get("PORTAL_DB_URL") == null || env.get("PORTAL_DB_URL").isBlank()) {
            say("Starting the embedded MariaDB (data in " + dataDir.resolve("mariadb") + ") …");
            database = EmbeddedDatabase.start(dataDir.resolve("mariadb-base"), dataDir.resolve("mariadb"), 0,
                    PortalLauncher.keptSecret(dataDir, "embedded-db-password", 24));
            nodeEnv.put("PORTAL_DB_URL", database.jdbcUrl());
            nodeEnv.put("PORTAL_DB_USER", EmbeddedDatabase.USER);
            nodeEnv.put("PORTAL_DB_PASSWORD", database.password());
        } else {
            say("Using the database at " + env.get("PORTAL_DB_URL"));
        }
        if (demo) {
            nodeEnv.put("PORTAL_DEMO", "true");
        }
        if (env.get("PORTAL_CREDENTIALS_SECRET") == null || env.get("PORTAL_CREDENTIALS_SECRET").isBlank()) {
            nodeEnv.put("PORTAL_CREDENTIALS_SECRET", PortalLauncher.keptSecret(dataDir, "credentials-secret", 32));
        }
        nodeEnv.putIfAbsent("PORTAL_BASE_URL", "http://localhost:" + port);

        List<Integer> gridPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            gridPorts.add(freePort());
        }
        String members = String.join(",", gridPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        String clusterName = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        Path config = Path.of(System.getProperty("portal.config", "config")).toAbsolutePath();
        List<String> shared = new ArrayList<>(PayaraNode.options(config.resolve("payara-micro.options")));
        shared.remove("--nocluster");
        Path clusterDir = dataDir.resolve("cluster");
        for (int i = 0; i < size; i++) {
            String name = "node-" + (i + 1);
            int httpPort = port + 1 + i;
            requireFree(httpPort, name + "'s HTTP port");
            PayaraNode node = new PayaraNode(name, httpPort, clusterDir.resolve(name + ".log"));
            List<String> options = new ArrayList<>(shared);
            options.addAll(List.of("--name", name, "--clustername", clusterName, "--clustermode", "tcpip:" + members,
                    "--startport", String.valueOf(gridPorts.get(i)), "--interfaces", "127.0.0.1", "--nohostaware"));
            Map<String, String> own = new HashMap<>(nodeEnv);
            own.put("PORTAL_NODE_NAME", name);
            say("Starting " + name + " on port " + httpPort + " (log: " + node.logFile() + ") …");
            node.start(own, options);
            nodes.add(node);
        }
        ExecutorService waiting = Executors.newFixedThreadPool(size);
        try {
            List<Future<?>> ready = new ArrayList<>();
            for (PayaraNode node : nodes) {
                ready.add(waiting.submit(() -> {
                    node.awaitReady(START_TIMEOUT);
                    return null;
                }));
            }
            for (Future<?> each : ready) {
                try {
                    each.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            waiting.shutdownNow();
        }
        nginx = Nginx.start(clusterDir.resolve("nginx"), port, nodes.stream().map(PayaraNode::port).toList());
    }

    private void report() {
        say("");
        say("The portal is served at " + url() + " by nginx, balancing " + size + " nodes by session cookie:");
        for (PayaraNode node : nodes) {
            say("  " + node.name() + "  http://localhost:" + node.port() + "/  (pid " + node.pid() + ", log "
                    + node.logFile() + ")");
        }
        say("Each answer names its node in the X-Portal-Node header. nginx: " + nginx.configFile());
        if (demo && !nodes.isEmpty()) {
            say("Demo mode: synthetic data. Demo logins (email / password):");
            nodes.get(0).demoLogins().forEach(login -> say("  " + login));
        }
        say("Press Ctrl-C to stop the cluster.");
    }

    /** Reports nodes that die (the others keep serving) until every node has gone. */
    private void watch() throws InterruptedException {
        List<PayaraNode> alive = new ArrayList<>(nodes);
        while (!alive.isEmpty() && !stopping) {
            for (PayaraNode node : List.copyOf(alive)) {
                if (!node.isAlive() && !stopping) {
                    alive.remove(node);
                    int exit = node.waitFor();
                    System.err.println("WARNING: " + node.name() + " stopped (exit code " + exit
                            + PayaraNode.describe(exit) + "); " + (alive.isEmpty() ? "no node is left."
                            : alive.size() + " node(s) still serve."));
                }
            }
            Thread.sleep(1000);
        }
    }

    @Override
    public synchronized void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (nginx != null) {
            say("Stopping nginx …");
            nginx.stop();
        }
        if (!nodes.isEmpty()) {
            say("Stopping the nodes …");
            nodes.parallelStream().forEach(PayaraNode::stop);
        }
        if (database != null) {
            say("Stopping the embedded MariaDB …");
            database.close();
            database = null;
        }
        if (galeraCluster != null) {
            say("Stopping the Galera cluster …");
            galeraCluster.close();
            galeraCluster = null;
        }
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + what + " is already in use; choose another"
                    + " PORTAL_PORT (the nodes take the ports after it).");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
