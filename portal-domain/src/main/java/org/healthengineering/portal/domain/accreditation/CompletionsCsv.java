package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.shared.Csv;
import org.healthengineering.portal.domain.shared.CsvColumn;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A provider's file of completions: a header row naming the columns {@code email}, {@code completed_on}
 * (YYYY-MM-DD) and {@code hours}, then one row per completion. Problems are named "row 5, hours" (the header is
 * row 1), and every problem of the file is listed at once.
 */
public final class CompletionsCsv {

    public static final CsvColumn EMAIL = new CsvColumn("email", "Email");
    public static final CsvColumn COMPLETED_ON = new CsvColumn("completed_on", "Completed on");
    public static final CsvColumn HOURS = new CsvColumn("hours", "Hours");
    static final List<CsvColumn> ALL = List.of(EMAIL, COMPLETED_ON, HOURS);
    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 20_000;

    private CompletionsCsv() {
    }

    /**
     * What a file held: the rows that could be read, and a problem for each cell or record that could not (its row
     * left out of {@code rows}, so that checking the rows adds nothing twice).
     */
    public record Parsed(List<CompletionRow> rows, List<FieldProblem> problems) {
    }

    /** The rows of the file; throws only when the file has no usable header. */
    public static Parsed read(Reader reader) {
        Csv.Table table = Csv.read(reader);
        List<FieldProblem> problems = new ArrayList<>();
        table.problems().forEach(p -> problems.add(new FieldProblem("row " + p.row(), p.what())));
        String expected = "the first row names the columns email,completed_on,hours.";
        if (table.header().isEmpty()) {
            problems.add(new FieldProblem("file", "The file is empty; " + expected));
            throw new InvalidInputException(problems);
        }
        Map<CsvColumn, CsvColumn.Found> index = CsvColumn.find(ALL, table.header().get().cells());
        List<String> missing = ALL.stream().filter(c -> !index.containsKey(c)).map(CsvColumn::code).toList();
        if (!missing.isEmpty()) {
            problems.add(0, new FieldProblem("row 1", "Missing column(s) " + String.join(", ", missing) + "; "
                    + expected));
            throw new InvalidInputException(problems);
        }
        List<CompletionRow> rows = new ArrayList<>();
        for (Csv.Row row : table.records()) {
            if (row.isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problems.add(new FieldProblem("file", "A file holds at most " + MAX_ROWS + " completions; split it."));
                break;
            }
            String where = "row " + row.number() + ", ";
            String email = cell(row, index, EMAIL);
            LocalDate day = null;
            String dayText = cell(row, index, COMPLETED_ON);
            try {
                day = dayText.isEmpty() ? null : LocalDate.parse(dayText);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(where + "completed_on", "Write the date as YYYY-MM-DD, e.g. 2026-03-14."));
                day = null;
            }
            BigDecimal hours = null;
            String hoursText = cell(row, index, HOURS);
            try {
                hours = hoursText.isEmpty() ? null : new BigDecimal(hoursText);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(where + "hours", "Write the hours as a number, e.g. 6.5."));
            }
            boolean readable = problems.stream().noneMatch(p -> p.field().startsWith(where));
            if (readable) {
                rows.add(new CompletionRow(where, email.isEmpty() ? null : email, day, hours));
            }
        }
        return new Parsed(List.copyOf(rows), List.copyOf(problems));
    }

    private static String cell(Csv.Row row, Map<CsvColumn, CsvColumn.Found> index, CsvColumn column) {
        String value = row.cell(index.get(column).index());
        return value == null ? "" : value.trim();
    }
}
