package org.healthengineering.portal.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk} HTTP load generator, driven for the page benchmark: a fixed number of threads and connections
 * for some seconds against one address, with the session's cookies; a Lua script keeps Payara's session-version
 * cookie current (as a browser does) and counts every answer other than 200, which wrk itself would count as a
 * success for a redirect to the sign-in page.
 */
final class Wrk {

    /** One run's figures: requests per second, the median and the 99th percentile in milliseconds, wrong answers. */
    record Run(double requestsPerSecond, double p50, double p99, long requests, long wrongAnswers) {
    }

    private static final String SCRIPT = """
            -- Written by the portal's page benchmark: sends the session's cookies, keeps Payara's session-version
            -- cookie current from each answer, and counts answers other than 200.
            local cookies = os.getenv("BENCH_COOKIES") or ""
            local version = os.getenv("BENCH_VERSION")
            if version == "" then version = nil end
            local threads = {}
            wrong = 0
            setup = function(thread) table.insert(threads, thread) end
            request = function()
              local cookie = cookies
              if version then cookie = cookie .. "; JSESSIONIDVERSION=" .. version end
              return wrk.format("GET", nil, {["Cookie"] = cookie, ["Accept"] = "text/html"})
            end
            response = function(status, headers, body)
              if status ~= 200 then wrong = wrong + 1 end
              local set = headers["Set-Cookie"]
              if set then
                local v = string.match(set, "JSESSIONIDVERSION=([^;]+)")
                if v then version = v end
              end
            end
            done = function(summary, latency, requests)
              local total = 0
              for _, thread in ipairs(threads) do total = total + thread:get("wrong") end
              io.write("wrong-answers " .. total .. "\\n")
            end
            """;

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern WRONG = Pattern.compile("wrong-answers (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+),"
            + " timeout (\\d+)");

    private final Path script;
    private final int threads;
    private final int connections;

    private Wrk(Path script, int threads, int connections) {
        this.script = script;
        this.threads = threads;
        this.connections = connections;
    }

    /** wrk with {@code threads} threads and {@code connections} connections; fails when wrk is not installed. */
    static Wrk open(Path workDir, int threads, int connections) throws IOException {
        if (!installed()) {
            throw new IllegalStateException("wrk is not installed: sudo apt-get install -y wrk");
        }
        Path script = workDir.resolve("page-bench.lua");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        return new Wrk(script, threads, connections);
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loads {@code url} for {@code seconds} with {@code cookies} (a Cookie header's value) and Payara's session
     * version ({@code ""} when sessions are not replicated).
     */
    Run run(String url, String cookies, String version, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s", "-s", script.toString(), url));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BENCH_COOKIES", cookies);
        builder.environment().put("BENCH_VERSION", version);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        return parse(output);
    }

    static Run parse(String output) {
        long wrong = Long.parseLong(find(WRONG, output));
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                wrong += Long.parseLong(errors.group(i));
            }
        }
        return new Run(Double.parseDouble(find(RATE, output)), latency(output, "50"), latency(output, "99"),
                Long.parseLong(find(TOTAL, output)), wrong);
    }

    /** A line of wrk's latency distribution ({@code 99%   12.34ms}) in milliseconds. */
    private static double latency(String output, String percent) {
        Matcher line = Pattern.compile("^\\s+" + percent + "%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("no " + percent + "th percentile in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> value;
        };
    }

    private static String find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk's output lacks " + pattern + ":\n" + output);
        }
        return matcher.group(1);
    }
}
