package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.shared.Csv;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkCsvTest {

    private static final Quarter Q = new Quarter(2026, 2);

    /** A benchmark with {@code note} as its value note and left-out note, and negative figures in the metric and trend. */
    private static Benchmark benchmark(String note) {
        Benchmark.MetricResult result = new Benchmark.MetricResult(Metric.VACANCY_RATE, -3.5, note,
                PeerStatistics.of(new double[] {-3.5, -1, 0, 2, 4}), null, new Rank(1, 0, 5), "low",
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
        assertEquals(quoted + ",All hospitals,2026-Q2,Vacancy rate,%,-3.5000," + quoted
                + ",5,-3.5000,-1.0000,0.0000,2.0000,4.0000,0.3000,1,0,1st of 5,low,," + quoted, lines[1]);
        assertEquals(quoted + ",All hospitals,2026-Q1,Vacancy rate,%,-2.2500,,5,,-1.0000,0.5000,2.0000,,,,,,,,",
                lines[2]);
        assertEquals(3, lines.length);
        Csv.Table back = Csv.read(new StringReader(csv));
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(formula, back.records().get(0).cell(0), "the guard comes off when the portal reads it back");
        assertEquals(20, back.records().get(1).cells().size());
    }

    @Test
    void headingsPeerGroupsMetricsAndYesNoValuesAreWordsAndASharedRankSaysSo() {
        Benchmark.MetricResult tied = new Benchmark.MetricResult(Metric.VACANCY_RATE, 0.0, null,
                PeerStatistics.of(new double[] {0, 0, 0, 2, 4}), null, new Rank(1, 2, 5), null,
                List.of(), List.of(), null, null);
        Benchmark.MetricResult lead = new Benchmark.MetricResult(Metric.ENGINEERING_LEAD_POST, 1.0, null,
                PeerStatistics.of(new double[] {0, 1, 1, 1, 1}), null, null, null, List.of(), List.of(),
                null, null);
        String csv = BenchmarkCsv.write("Ward Hospital", new Benchmark(PeerGroup.REGION, Q, 5, List.of(tied, lead)));
        String[] lines = csv.split("\r\n");
        assertEquals("Hospital,Peer group,Quarter,Metric,Unit,Value,Note on the value,Peers with a value,Lowest,"
                + "Lower quartile,Median,Upper quartile,Highest,Mean,Rank from the lowest,Others with the same value,"
                + "Rank in words,Outlier,Suppressed,Left out", lines[0]);
        assertEquals("Ward Hospital,Same region,2026-Q2,Vacancy rate,%,0.0000,,5,0.0000,0.0000,0.0000,2.0000,4.0000,"
                + "1.2000,1,2,\"joint 1st of 5, with 2 others\",,,", lines[1]);
        assertEquals("Ward Hospital,Same region,2026-Q2,Chief Healthcare Engineer post,yes/no,yes,,5,,,,,,0.8000,,,,"
                + ",,", lines[2]);
        for (String code : List.of("REGION", "VACANCY_RATE", "ENGINEERING_LEAD_POST", "_")) {
            assertFalse(csv.contains(code), code + " in:\n" + csv);
        }
    }
}
