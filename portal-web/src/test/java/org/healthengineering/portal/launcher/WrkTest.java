package org.healthengineering.portal.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading wrk's report: the page benchmark's figures come from it. */
class WrkTest {

    private static final String REPORT = """
            Running 5s test @ http://localhost:8080/index.xhtml
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    15.93ms   10.21ms 120.50ms   80.00%
                Req/Sec   462.10     60.02   580.00     70.00%
              Latency Distribution
                 50%   13.40ms
                 75%   18.00ms
                 90%   25.10ms
                 99%    1.20s
              4623 requests in 5.01s, 120.33MB read
              Socket errors: connect 0, read 2, write 0, timeout 1
            Requests/sec:    922.75
            Transfer/sec:     24.02MB
            wrong-answers 4
            """;

    @Test
    void ratesPercentilesInMillisecondsAndEveryWrongAnswer() {
        Wrk.Run run = Wrk.parse(REPORT);
        assertEquals(922.75, run.requestsPerSecond(), 1e-9);
        assertEquals(13.4, run.p50(), 1e-9);
        assertEquals(1200, run.p99(), 1e-9, "seconds are turned into milliseconds");
        assertEquals(4623, run.requests());
        assertEquals(7, run.wrongAnswers(), "answers other than 200 and socket errors both count");
    }

    @Test
    void microsecondsToo() {
        Wrk.Run run = Wrk.parse(REPORT.replace("13.40ms", "640.00us").replace("\n  Socket errors: connect 0, read 2,"
                + " write 0, timeout 1", ""));
        assertEquals(0.64, run.p50(), 1e-9);
        assertEquals(4, run.wrongAnswers());
    }

    @Test
    void aReportWithoutTheScriptsCountIsRefused() {
        assertThrows(IllegalStateException.class, () -> Wrk.parse(REPORT.replace("wrong-answers 4", "")));
    }
}
