package org.healthengineering.portal.domain.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A CSV file being written in the portal's format (see {@link Csv}), row by row. Each cell says what it is, because
 * that decides how it is written: {@link #text} for words of any origin (names, codes, notes, dates, anything a
 * user may have typed), guarded so a spreadsheet cannot run it as a formula; {@link #number} for figures the code
 * computed, written plainly so that a spreadsheet still sees a number, minus sign and all. Numbers are typed, not
 * strings, so user text cannot take the unguarded path.
 */
public final class CsvWriter {

    /** Quotes only where RFC 4180 needs it. */
    private static final CSVFormat PLAIN = Csv.FORMAT;

    /** For a guarded cell, which OWASP would have in quotes whatever it holds. */
    private static final CSVFormat QUOTED = Csv.FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

    private final StringBuilder out = new StringBuilder();
    private boolean newRow = true;

    /** Starts the file with its header row. */
    public CsvWriter(List<String> columns) {
        columns.forEach(this::text);
        endRow();
    }

    /** A cell of text; null is an empty cell. */
    public CsvWriter text(String value) {
        String guarded = value == null ? null : Csv.guarded(value);
        return cell(guarded != null && !guarded.equals(value) ? QUOTED : PLAIN, guarded);
    }

    /** A computed figure, written as its plain decimal form ({@code 1E+3} would be {@code 1000}); null is empty. */
    public CsvWriter number(BigDecimal value) {
        return cell(PLAIN, value == null ? null : value.toPlainString());
    }

    /** A whole number the code produced; null is an empty cell. */
    public CsvWriter number(Integer value) {
        return cell(PLAIN, value == null ? null : value.toString());
    }

    /** A whole number the code produced; null is an empty cell. */
    public CsvWriter number(Long value) {
        return cell(PLAIN, value == null ? null : value.toString());
    }

    /** As many empty cells as {@code count}, for columns that do not apply to this row. */
    public CsvWriter empty(int count) {
        for (int i = 0; i < count; i++) {
            cell(PLAIN, null);
        }
        return this;
    }

    /** Ends the current row. */
    public CsvWriter endRow() {
        try {
            PLAIN.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newRow = true;
        return this;
    }

    /** The file so far. */
    public String content() {
        return out.toString();
    }

    private CsvWriter cell(CSVFormat format, String value) {
        try {
            format.print(value, out, newRow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newRow = false;
        return this;
    }
}
