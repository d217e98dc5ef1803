package org.healthengineering.portal.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * One Payara Micro process serving the portal: started with the WAR, the operators' files in {@code config/} and
 * the options given, its output copied to a log file (problems and demo logins also to the console, prefixed with the
 * node's name), awaited until the portal really answers, and stopped gently or killed.
 */
public final class PayaraNode {

    private static final String[] DEPLOY_FAILURES = {
            "Exception while loading the app", "Failed to deploy", "Exception during lifecycle processing",
            "deploy failed", "Error occurred during deployment"};

    private final String name;
    private final int httpPort;
    private final Path logFile;
    private final List<String> demoLogins = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> deployFailure = new AtomicReference<>();
    private volatile boolean stopping;
    private Process process;
    private Thread pump;

    PayaraNode(String name, int httpPort, Path logFile) {
        this.name = name;
        this.httpPort = httpPort;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public int port() {
        return httpPort;
    }

    public Path logFile() {
        return logFile;
    }

    List<String> demoLogins() {
        return List.copyOf(demoLogins);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts Payara Micro with {@code options} besides the portal's own, and {@code env} as its environment. */
    void start(Map<String, String> env, List<String> options) throws IOException {
        Path war = Path.of(System.getProperty("portal.war", "portal-web/target/ROOT.war")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("payara.jar", "portal-web/target/payara-micro.jar")).toAbsolutePath();
        Path config = Path.of(System.getProperty("portal.config", "config")).toAbsolutePath();
        for (Path required : List.of(war, jar)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing; build first with ./portal package");
            }
        }
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(httpPort),
                "--logproperties", config.resolve("logging.properties").toString(),
                "--prebootcommandfile", config.resolve("pre-boot-commands.asadmin").toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        process = builder.start();
        pump = new Thread(this::pump, "payara-output-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    /** The options in an operator's file: one or more per line, {@code #} starting a comment. */
    static List<String> options(Path file) throws IOException {
        List<String> options = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String content = line.replaceAll("#.*", "").trim();
                if (!content.isEmpty()) {
                    options.addAll(List.of(content.split("\\s+")));
                }
            }
        }
        return options;
    }

    /** Copies Payara's output to the log file; shows problems and the demo logins on the console. */
    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8), true)) {
            for (String line; (line = reader.readLine()) != null; ) {
                log.println(line);
                if (line.contains("Demo login: ")) {
                    demoLogins.add(line.substring(line.indexOf("Demo login: ") + "Demo login: ".length()));
                } else if (line.contains("SEVERE") || (line.contains("WARNING") && line.contains("healthengineering"))) {
                    System.out.println("  " + name + " | " + line);
                }
                for (String failure : DEPLOY_FAILURES) {
                    if (line.contains(failure)) {
                        deployFailure.compareAndSet(null, line);
                    }
                }
            }
        } catch (IOException e) {
            if (process.isAlive() && !stopping) {
                System.err.println("Lost the output of " + name + ": " + e.getMessage());
            }
        }
    }

    /** Waits until the portal answers its health check and its home page, or fails saying why. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + ": Payara Micro stopped during start-up; see " + logFile);
            }
            if (deployFailure.get() != null) {
                throw new IllegalStateException(name + ": the portal failed to deploy: " + deployFailure.get()
                        + "\nSee " + logFile + " for the full story.");
            }
            if (answers(client, "/health") && answers(client, "/index.xhtml")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not answer within " + timeout.toMinutes() + " minutes; see "
                + logFile);
    }

    private boolean answers(HttpClient client, String path) throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                            .timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits for the process to end on its own; answers its exit code. */
    int waitFor() throws InterruptedException {
        int exit = process.waitFor();
        pump.join(2000);
        return exit;
    }

    boolean stopping() {
        return stopping;
    }

    /** Asks Payara to stop (its shutdown grace), and kills it after 30 s. */
    void stop() {
        stopping = true;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** {@code kill -9}: no shutdown, no goodbye, as a crash or the kernel's out-of-memory killer would end it. */
    public void kill() throws InterruptedException {
        stopping = true;
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The last {@code count} lines of the log. */
    List<String> lastLines(int count) {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            ArrayDeque<String> last = new ArrayDeque<>();
            lines.forEach(line -> {
                if (last.size() == count) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
            return List.copyOf(last);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** What a process's exit code says about how it ended, where it says anything. */
    static String describe(int exit) {
        if (exit > 128 && exit < 160) {
            int signal = exit - 128;
            String meaning = switch (signal) {
                case 9 -> "SIGKILL: killed, perhaps by the kernel's out-of-memory killer";
                case 15 -> "SIGTERM: asked to stop by someone else";
                case 6 -> "SIGABRT: the JVM aborted";
                case 11 -> "SIGSEGV: the JVM crashed";
                default -> "signal " + signal;
            };
            return ", " + meaning;
        }
        return "";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
