package org.healthengineering.portal.launcher;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx (Debian's package) in front of a cluster's nodes, run in the foreground with everything it writes under one
 * directory. It balances by a consistent hash of the portal's session cookie, so a person stays on one node while it
 * lives and moves to another only when it dies (where the Data Grid has their session); a request that cannot reach
 * a node (refused, timed out) goes to the next one, which is safe because nothing was sent to the dead node.
 */
final class Nginx {

    private final Process process;
    private final Path config;

    private Nginx(Process process, Path config) {
        this.process = process;
        this.config = config;
    }

    Path configFile() {
        return config;
    }

    static Nginx start(Path dir, int port, List<Integer> nodePorts) throws IOException, InterruptedException {
        String binary = binary();
        Files.createDirectories(dir.resolve("tmp"));
        Path config = dir.resolve("nginx.conf");
        Files.writeString(config, config(dir, port, nodePorts));
        Process process = new ProcessBuilder(binary, "-p", dir.toString(), "-c", config.toString(), "-e",
                dir.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx did not start (exit code " + process.exitValue() + "): "
                        + Files.readString(dir.resolve("nginx.out")).trim() + " — see " + dir.resolve("error.log"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new Nginx(process, config);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on port " + port + " within 20 s");
    }

    /** The configuration: one upstream of the nodes, hashed by session cookie (or, without one, per request). */
    static String config(Path dir, int port, List<Integer> nodePorts) {
        StringBuilder servers = new StringBuilder();
        for (int nodePort : nodePorts) {
            servers.append("        server 127.0.0.1:").append(nodePort).append(" max_fails=1 fail_timeout=10s;\n");
        }
        String temp = dir.resolve("tmp").toString();
        boolean root = "root".equals(System.getProperty("user.name"));
        return "# Written by ./portal cluster; regenerated at each start.\n"
                + (root ? "user root;  # started as root: the workers must reach the files under " + dir + "\n" : "")
                + "worker_processes 2;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + " warn;\n"
                + "events { worker_connections 2048; }\n"
                + "http {\n"
                + "    access_log " + dir.resolve("access.log") + ";\n"
                + "    client_body_temp_path " + temp + "/body;\n"
                + "    proxy_temp_path " + temp + "/proxy;\n"
                + "    fastcgi_temp_path " + temp + "/fastcgi;\n"
                + "    uwsgi_temp_path " + temp + "/uwsgi;\n"
                + "    scgi_temp_path " + temp + "/scgi;\n"
                + "    client_max_body_size 64m;\n"
                + "    server_tokens off;\n"
                + "    # The same person (session cookie) to the same node; without a session, any node.\n"
                + "    map $cookie_PORTAL_SESSION $portal_affinity {\n"
                + "        \"\" $request_id;\n"
                + "        default $cookie_PORTAL_SESSION;\n"
                + "    }\n"
                + "    upstream portal {\n"
                + "        hash $portal_affinity consistent;\n"
                + servers
                + "        keepalive 32;\n"
                + "    }\n"
                + "    server {\n"
                + "        listen 127.0.0.1:" + port + ";\n"
                + "        location / {\n"
                + "            proxy_pass http://portal;\n"
                + "            proxy_http_version 1.1;\n"
                + "            proxy_set_header Connection \"\";\n"
                + "            proxy_set_header Host $http_host;\n"
                + "            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                + "            proxy_set_header X-Forwarded-Proto $scheme;\n"
                + "            proxy_connect_timeout 2s;\n"
                + "            proxy_read_timeout 120s;\n"
                + "            # A node that refuses or does not answer the connection: try the next (nothing was sent).\n"
                + "            proxy_next_upstream error timeout http_502;\n"
                + "            proxy_next_upstream_tries 3;\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    /** Graceful stop: nginx finishes the requests in flight. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-QUIT", String.valueOf(process.pid())).start().waitFor();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static String binary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("nginx is not installed: sudo apt-get install -y nginx (the cluster's load"
                + " balancer; only its program is used, no system service is needed).");
    }
}
