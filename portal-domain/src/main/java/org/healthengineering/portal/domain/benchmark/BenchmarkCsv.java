package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.shared.CsvWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A benchmark as CSV: one row per metric and quarter of its trend, with what the page shows, suppression and the
 * not-named hospitals left out included.
 * Figures are numbers with four decimals; names and notes are text (see {@link CsvWriter}).
 */
public final class BenchmarkCsv {

    static final List<String> COLUMNS = List.of("hospital", "peer_group", "quarter", "metric", "unit", "value",
            "value_note", "peers_with_value", "lowest", "lower_quartile", "median", "upper_quartile", "highest", "mean",
            "rank_from_lowest", "outlier", "suppressed", "left_out");

    private BenchmarkCsv() {
    }

    public static String write(String hospitalName, Benchmark benchmark) {
        CsvWriter csv = new CsvWriter(COLUMNS);
        for (Benchmark.MetricResult m : benchmark.metrics()) {
            row(csv, hospitalName, benchmark, m);
            for (Benchmark.TrendPoint t : m.trend()) {
                if (t.quarter().equals(benchmark.quarter())) {
                    continue;
                }
                csv.text(hospitalName).text(benchmark.group().name()).text(t.quarter().toString())
                        .text(m.metric().name()).text(m.metric().getUnit()).number(number(t.value())).empty(1)
                        .number(t.peersWithValue()).empty(1).number(number(t.lowerQuartile()))
                        .number(number(t.median())).number(number(t.upperQuartile())).empty(4)
                        .text(t.median() == null ? "Suppressed: fewer than " + PeerStatistics.MINIMUM_PEERS
                                + " hospitals have a value." : null)
                        .empty(1)
                        .endRow();
            }
        }
        return csv.content();
    }

    private static void row(CsvWriter csv, String hospitalName, Benchmark benchmark, Benchmark.MetricResult m) {
        csv.text(hospitalName).text(benchmark.group().name()).text(benchmark.quarter().toString())
                .text(m.metric().name()).text(m.metric().getUnit()).number(number(m.value())).text(m.valueNote());
        if (m.statistics().isPresent()) {
            PeerStatistics s = m.statistics().get();
            csv.number(s.count());
            if (m.metric().isYesNo()) {
                csv.empty(5);
            } else {
                csv.number(number(s.lowest())).number(number(s.lowerQuartile())).number(number(s.median()))
                        .number(number(s.upperQuartile())).number(number(s.highest()));
            }
            csv.number(number(s.mean())).number(m.rank()).text(m.outlier()).empty(1);
        } else {
            csv.empty(9).text(m.suppressed());
        }
        csv.text(m.leftOut()).endRow();
    }

    /** A figure with four decimals; empty when there is none (or it is not a finite number). */
    private static BigDecimal number(Double value) {
        return value == null || !Double.isFinite(value) ? null
                : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
