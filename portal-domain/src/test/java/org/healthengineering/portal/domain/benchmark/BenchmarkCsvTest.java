package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.shared.Csv;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkCsvTest {

    private static final Quarter Q = new Quarter(2026, 2);

    /** A benchmark with {@code note} as its value note and left-out note, and negative figures in the metric and trend. */
    private static Benchmark benchmark(String note) {
        Benchmark.MetricResult result = new Benchmark.MetricResult(Metric.VACANCY_RATE, -3.5, note,
                Optional.of(PeerStatistics.of(new double[] {-3.5, -1, 0, 2, 4})), null, 1, "low",
                List.of(new Benchmark.TrendPoint(Q.minus(1), -2.25, -1.0, 0.5, 2.0, 5),
                        new Benchmark.TrendPoint(Q, -3.5, -1.0, 0.0, 2.0, 5)),
                List.of(), null, note);
        return new Benchmark(PeerGroup.NATIONAL, Q, 5, List.of(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tX", "\rX"})
    void namesAndNotesGoOutGuardedAndFiguresStayNumbers(String formula) {
        String csv = BenchmarkCsv.write(formula, benchmark(formula));
        String quoted = "\"'" + formula.replace("\"", "\"\"") + "\"";
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", BenchmarkCsv.COLUMNS), lines[0]);
        assertEquals(quoted + ",NATIONAL,2026-Q2,VACANCY_RATE,%,-3.5000," + quoted
                + ",5,-3.5000,-1.0000,0.0000,2.0000,4.0000,0.3000,1,low,," + quoted, lines[1]);
        assertEquals(quoted + ",NATIONAL,2026-Q1,VACANCY_RATE,%,-2.2500,,5,,-1.0000,0.5000,2.0000,,,,,,", lines[2]);
        assertEquals(3, lines.length);
        Csv.Table back = Csv.read(new StringReader(csv));
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(formula, back.records().get(0).cell(0), "the guard comes off when the portal reads it back");
        assertEquals(18, back.records().get(1).cells().size());
    }
}
