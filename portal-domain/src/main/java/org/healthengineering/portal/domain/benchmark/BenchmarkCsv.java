package org.healthengineering.portal.domain.benchmark;

import org.healthengineering.portal.domain.shared.Csv;

import java.util.Locale;

/** A benchmark as CSV: one row per metric and quarter of its trend, with what the page shows, suppression included. */
public final class BenchmarkCsv {

    private BenchmarkCsv() {
    }

    public static String write(String hospitalName, Benchmark benchmark) {
        StringBuilder csv = new StringBuilder("hospital,peer_group,quarter,metric,unit,value,value_note,peers_with_value,"
                + "lowest,lower_quartile,median,upper_quartile,highest,mean,rank_from_lowest,outlier,suppressed\r\n");
        for (Benchmark.MetricResult m : benchmark.metrics()) {
            row(csv, hospitalName, benchmark, benchmark.quarter().toString(), m);
            for (Benchmark.TrendPoint t : m.trend()) {
                if (t.quarter().equals(benchmark.quarter())) {
                    continue;
                }
                csv.append(Csv.field(hospitalName)).append(',').append(benchmark.group().name()).append(',')
                        .append(t.quarter()).append(',').append(m.metric().name()).append(',')
                        .append(Csv.field(m.metric().getUnit())).append(',').append(number(t.value())).append(",,")
                        .append(t.peersWithValue()).append(",,").append(number(t.lowerQuartile())).append(',')
                        .append(number(t.median())).append(',').append(number(t.upperQuartile())).append(",,,,,")
                        .append(t.median() == null ? Csv.field("Suppressed: fewer than " + PeerStatistics.MINIMUM_PEERS
                                + " hospitals have a value.") : "").append("\r\n");
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String hospitalName, Benchmark benchmark, String quarter,
                            Benchmark.MetricResult m) {
        csv.append(Csv.field(hospitalName)).append(',').append(benchmark.group().name()).append(',').append(quarter)
                .append(',').append(m.metric().name()).append(',').append(Csv.field(m.metric().getUnit())).append(',')
                .append(number(m.value())).append(',').append(Csv.field(m.valueNote())).append(',');
        if (m.statistics().isPresent()) {
            PeerStatistics s = m.statistics().get();
            csv.append(s.count()).append(',');
            if (m.metric().isYesNo()) {
                csv.append(",,,,,");
            } else {
                csv.append(number(s.lowest())).append(',').append(number(s.lowerQuartile())).append(',')
                        .append(number(s.median())).append(',').append(number(s.upperQuartile())).append(',')
                        .append(number(s.highest())).append(',');
            }
            csv.append(number(s.mean())).append(',').append(m.rank() == null ? "" : m.rank()).append(',')
                    .append(m.outlier() == null ? "" : m.outlier()).append(",");
        } else {
            csv.append(",,,,,,,,,").append(Csv.field(m.suppressed()));
        }
        csv.append("\r\n");
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }
}
