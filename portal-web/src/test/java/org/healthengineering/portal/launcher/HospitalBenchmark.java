package org.healthengineering.portal.launcher;

import org.healthengineering.portal.application.benchmark.BenchmarkQueries;
import org.healthengineering.portal.application.startup.SyntheticHospitals;
import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.StaffGroup;
import org.healthengineering.portal.domain.staffing.StaffingCsv;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

import static org.healthengineering.portal.launcher.BenchClient.fmt;
import static org.healthengineering.portal.launcher.BenchClient.json;
import static org.healthengineering.portal.launcher.BenchClient.list;
import static org.healthengineering.portal.launcher.BenchClient.median;
import static org.healthengineering.portal.launcher.BenchClient.percentile;
import static org.healthengineering.portal.launcher.BenchClient.require;

/**
 * {@code ./portal bench hospitals}: a throw-away portal with 10,000 synthetic hospitals × 20 quarters × 6 staff
 * groups, then the figures issue 4 asks for: one hospital's benchmark against each peer group through the API,
 * beside the raw SQL that answer needs (the same two statements over plain JDBC, every row read); and a CSV upload
 * of 10,080 rows, accepted and then refused for one bad row.
 */
public final class HospitalBenchmark {

    private static final int HOSPITALS = 10_000;
    private static final int QUARTERS = 20;
    private static final int UPLOAD_HOSPITALS = 84;

    private HospitalBenchmark() {
    }

    static void run(BenchClient client, String[] db) throws Exception {
        Quarter last = Quarter.of(LocalDate.now()).minus(1);
        String url = db[0] + (db[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        System.out.println();
        System.out.printf("Loading %,d synthetic hospitals × %d quarters × %d staff groups …%n", HOSPITALS, QUARTERS,
                StaffGroup.values().length);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            connection.setAutoCommit(false);
            SyntheticHospitals.Summary summary = SyntheticHospitals.generate(connection, HOSPITALS, last, QUARTERS,
                    2026, true);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE hospital, staffing_quarter, staffing_return, staffing_return_line");
            }
            System.out.printf("  %,d hospitals, %,d returns, %,d lines in %.0f s (their benchmark values included)%n",
                    summary.hospitals(), summary.returns(), summary.lines(), (System.nanoTime() - start) / 1e9);
            connection.setAutoCommit(true);
            long keeping = System.nanoTime();
            long groups = waitForKeptStatistics(connection, 600);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE benchmark_value, benchmark_statistics");
            }
            System.out.printf("  the portal kept the peer statistics of every group and quarter (%,d summaries) %.0f s"
                    + " later%n", groups, (System.nanoTime() - keeping) / 1e9);
        }

        String adminEmail = "bench-hospital-admin@example.test";
        String hospitalAdmin = client.account(adminEmail, "HOSPITAL_ADMIN");
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= UPLOAD_HOSPITALS; i++) {
            require(client.send("PUT", "hospitals/" + SyntheticHospitals.code(i) + "/members", client.admin(),
                    "application/json", "{\"administrators\":[\"" + adminEmail + "\"],\"boardViewers\":[]}"), 200);
        }
        String bearer = client.bearer(hospitalAdmin);
        String code = SyntheticHospitals.code(1);

        System.out.println();
        System.out.printf("Benchmark of %s for %s through GET /api/v1/hospitals/{code}/benchmark (Bearer token),%n"
                + "beside the raw SQL it needs (peers and 8 quarters of totals, all rows read over JDBC)%n", code, last);
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            Object[] hospital = hospital(connection, code);
            for (PeerGroup group : new PeerGroup[] {PeerGroup.KIND, PeerGroup.SIZE, PeerGroup.REGION,
                    PeerGroup.NATIONAL}) {
                String path = "hospitals/" + code + "/benchmark?peers=" + group + "&quarter=" + last;
                HttpResponse<String> first = client.send("GET", path, bearer, null, null);
                require(first, 200);
                int peers = json(first).getInt("hospitalsInGroup");
                boolean kept = json(first).containsKey("statisticsKeptAt");
                long statements = Long.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    // The fewest of three: the portal's own background work may fall into one of them.
                    long before = ServerStatements.count(connection);
                    require(client.send("GET", path, bearer, null, null), 200);
                    statements = Math.min(statements, ServerStatements.count(connection) - before - 1);
                }
                double[] api = new double[30];
                for (int i = 0; i < 5; i++) {
                    client.send("GET", path, bearer, null, null);
                }
                for (int i = 0; i < api.length; i++) {
                    long t = System.nanoTime();
                    require(client.send("GET", path, bearer, null, null), 200);
                    api[i] = (System.nanoTime() - t) / 1e6;
                }
                BenchmarkQueries.Scope scope = BenchmarkQueries.Scope.of(group, (long) hospital[0],
                        (HospitalKind) hospital[1], (String) hospital[2], (int) hospital[3]);
                double[] sql = new double[30];
                int rows = 0;
                for (int i = -5; i < sql.length; i++) {
                    long t = System.nanoTime();
                    int peerRows = BenchmarkQueries.peers(connection, scope).size();
                    rows = peerRows + BenchmarkQueries.quarterRows(connection, scope,
                            last.lastQuarters(Benchmark.TREND_QUARTERS)).size();
                    if (i >= 0) {
                        sql[i] = (System.nanoTime() - t) / 1e6;
                    }
                }
                System.out.printf(Locale.ROOT, "  %-8s %,6d hospitals, %,6d rows: API median %5.1f ms, p95 %5.1f ms"
                                + " (%s, %d statements); raw SQL median %5.1f ms; ratio %.2f   target p95 ≤ 50 ms%n",
                        group, peers, rows, median(api), percentile(api, 0.95), kept ? "kept statistics"
                                : "every figure", statements, median(sql), median(api) / median(sql));
            }
        }
        System.out.println("  (API times are measured by the client over loopback: the server's share is at most this)");

        System.out.println();
        StringBuilder csv = new StringBuilder(String.join(",", StaffingCsv.COLUMNS)).append('\n');
        int rows = 0;
        for (int h = 1; h <= UPLOAD_HOSPITALS; h++) {
            for (Quarter quarter : last.lastQuarters(QUARTERS)) {
                for (StaffGroup group : StaffGroup.values()) {
                    csv.append(SyntheticHospitals.code(h)).append(',').append(quarter).append(',').append(group.name())
                            .append(",12.5,11.25,1.25,0.5,1,3,6,4\n");
                    rows++;
                }
            }
        }
        System.out.printf("CSV upload of %,d rows (%d hospitals × %d quarters × 6 groups; each a new revision)%n",
                rows, UPLOAD_HOSPITALS, QUARTERS);
        double[] uploads = new double[3];
        for (int i = 0; i < uploads.length; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = client.send("POST", "staffing-returns", bearer, "text/csv", csv.toString());
            uploads[i] = (System.nanoTime() - t) / 1e9;
            require(answer, 201);
        }
        long answered = System.nanoTime();
        double lag;
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2])) {
            waitForKeptStatistics(connection, 120);
            lag = (System.nanoTime() - answered) / 1e9;
        }
        long before = count(db, url);
        String bad = csv.substring(0, csv.length() - 1) + "\n" + SyntheticHospitals.code(1) + "," + last
                + ",MANAGER,1,1,5,0,0,0,0,0\n";
        long t = System.nanoTime();
        HttpResponse<String> refused = client.send("POST", "staffing-returns", bearer, "text/csv", bad);
        double refusedSeconds = (System.nanoTime() - t) / 1e9;
        require(refused, 422);
        System.out.printf("  accepted: median %s s (runs: %s)   target ≤ 5 s%n", fmt(median(uploads)), list(uploads));
        System.out.printf("  the peer statistics counted the last upload %.1f s after its answer%n", lag);
        System.out.printf("  refused (the same file plus one bad row): %s s, returns stored before %,d and after %,d%n",
                fmt(refusedSeconds), before, count(db, url));
    }

    /** Waits until no group's statistics are stale (at most {@code seconds}); answers how many summaries exist. */
    private static long waitForKeptStatistics(Connection connection, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM benchmark_stale),"
                         + " (SELECT COUNT(*) FROM benchmark_statistics)")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return rs.getLong(2);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(rs.getLong(1) + " groups' statistics still stale after "
                            + seconds + " s");
                }
            }
            Thread.sleep(200);
        }
    }

    private static Object[] hospital(Connection connection, String code) throws Exception {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, kind, region, beds FROM hospital WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Object[] {rs.getLong(1), HospitalKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4)};
            }
        }
    }

    private static long count(String[] db, String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, db[1], db[2]);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM staffing_return")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
