package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.shared.CsvWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A benchmark as CSV: one row per metric and quarter of its trend, with what the page shows, suppression and the
 * not-named hospitals left out included. It is read by people in a spreadsheet, so headings, peer groups and
 * metrics are in words ("Vacancy rate", "All hospitals"), a yes/no value is "yes" or "no", and a rank says when it
 * is shared. Figures are numbers with four decimals; names and notes are text (see {@link CsvWriter}).
 */
public final class BenchmarkCsv {

    static final List<String> COLUMNS = List.of("Hospital", "Peer group", "Quarter", "Metric", "Unit", "Value",
            "Note on the value", "Peers with a value", "Lowest", "Lower quartile", "Median", "Upper quartile",
            "Highest", "Mean", "Rank from the lowest", "Others with the same value", "Rank in words", "Outlier",
            "Suppressed", "Left out");

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
                csv.text(hospitalName).text(benchmark.group().getLabel()).text(t.quarter().toString())
                        .text(m.metric().getLabel()).text(m.metric().getUnit()).number(number(t.value())).empty(1)
                        .number(t.peersWithValue()).empty(1).number(number(t.lowerQuartile()))
                        .number(number(t.median())).number(number(t.upperQuartile())).empty(6)
                        .text(t.median() == null ? "Suppressed: fewer than " + PeerStatistics.MINIMUM_PEERS
                                + " hospitals have a value." : null)
                        .empty(1)
                        .endRow();
            }
        }
        return csv.content();
    }

    private static void row(CsvWriter csv, String hospitalName, Benchmark benchmark, Benchmark.MetricResult m) {
        csv.text(hospitalName).text(benchmark.group().getLabel()).text(benchmark.quarter().toString())
                .text(m.metric().getLabel()).text(m.metric().getUnit());
        if (m.metric().isYesNo() && m.value() != null) {
            csv.text(m.value() >= 0.5 ? "yes" : "no");
        } else {
            csv.number(number(m.value()));
        }
        csv.text(m.valueNote());
        if (m.statistics().isPresent()) {
            PeerStatistics s = m.statistics().get();
            csv.number(s.count());
            if (m.metric().isYesNo()) {
                csv.empty(5);
            } else {
                csv.number(number(s.lowest())).number(number(s.lowerQuartile())).number(number(s.median()))
                        .number(number(s.upperQuartile())).number(number(s.highest()));
            }
            csv.number(number(s.mean()));
            if (m.rank() == null) {
                csv.empty(3);
            } else {
                csv.number(m.rank().position()).number(m.rank().sharedWith()).text(m.rank().inWords());
            }
            csv.text(m.outlier()).empty(1);
        } else {
            csv.empty(11).text(m.suppressed());
        }
        csv.text(m.leftOut()).endRow();
    }

    /** A figure with four decimals; empty when there is none (or it is not a finite number). */
    private static BigDecimal number(Double value) {
        return value == null || !Double.isFinite(value) ? null
                : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
