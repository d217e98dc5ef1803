package org.healthengineering.portal.domain.shared;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The portal's one CSV format, for every CSV file it reads or writes, so that no class splits or quotes CSV by hand:
 * RFC 4180 (comma-separated; a value holding a comma, a double quote or a line break is put in double quotes, a
 * double quote inside it doubled; CRLF between rows), UTF-8, the first row naming the columns. Apache Commons CSV
 * does the parsing and the quoting; this class adds three rules of our own.
 * <ul>
 *   <li><b>Bad CSV is reported, never thrown and never merged.</b> A record that cannot be read (a double quote
 *   that opens a value and is never closed, text after a closing quote) becomes a {@link Problem} with its row
 *   number, and reading starts again on the next line of the file. So an unclosed quote cannot swallow the rest of
 *   the file into one value, and the rows after it are still read and checked: one upload reports everything.
 *   A byte order mark at the start is ignored.</li>
 *   <li><b>Text is written so that a spreadsheet cannot run it</b> (OWASP "CSV Injection"): a text cell starting
 *   with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could be taken for a formula, so it
 *   goes out with a single quote ({@code '}) in front and in double quotes. Numbers the code computes are written
 *   as they are ({@link CsvWriter#number}), so {@code -3.5} stays a number. Because a cell's kind is said when it is
 *   written, no export can forget the guard.</li>
 *   <li><b>Reading takes the guard off again</b>, so what the portal exports it imports back unchanged: a cell that
 *   starts with one or more {@code '} followed by one of those six characters loses its first {@code '}
 *   ({@code '=SUM(A1)} reads as {@code =SUM(A1)}). For that to be lossless the writer also adds a {@code '} to
 *   text that already starts that way: {@code '=x} goes out as {@code ''=x} and comes back as {@code '=x}. Any
 *   other cell, including one that merely starts with {@code '}, is read as it is.</li>
 * </ul>
 */
public final class Csv {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** The characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final char GUARD = '\'';

    /** After this many unreadable records the rest of a file is not read: the first ones tell the story. */
    static final int MOST_UNREADABLE_ROWS = 10;

    private Csv() {
    }

    /** One record of a file; {@code number} counts records from 1, the header row being row 1. */
    public record Row(long number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or "" when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A record that could not be read as CSV, and why. */
    public record Problem(long row, String what) {
    }

    /** What a file held: the rows that could be read, in order, and a problem for each record that could not. */
    public record Table(List<Row> rows, List<Problem> problems) {

        public Table {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** The row naming the columns: the file's row 1, when it could be read. */
        public Optional<Row> header() {
            return rows.isEmpty() || rows.get(0).number() != 1 ? Optional.empty() : Optional.of(rows.get(0));
        }

        /** The rows after the header. */
        public List<Row> records() {
            return rows.stream().filter(r -> r.number() > 1).toList();
        }

        public boolean isEmpty() {
            return rows.isEmpty() && problems.isEmpty();
        }
    }

    /** Every record of the file, reporting those that are not well-formed CSV instead of throwing. */
    public static Table read(Reader source) {
        String text = whole(source);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int from = 0;
        long next = 1;
        while (from < text.length()) {
            long linesRead = 0;
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(from)))
                    .setFormat(FORMAT).setRecordNumber(next).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    rows.add(new Row(record.getRecordNumber(), record.stream().map(Csv::unguarded).toList()));
                    next = record.getRecordNumber() + 1;
                    linesRead = parser.getCurrentLineNumber();
                }
                break;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException malformed)) {
                    throw e;
                }
                problems.add(new Problem(next, unreadable(malformed)));
                next++;
                if (problems.size() == MOST_UNREADABLE_ROWS) {
                    problems.add(new Problem(next, "Reading stopped here: the file has too many rows that are not"
                            + " valid CSV. Correct the rows listed and upload it again."));
                    break;
                }
                // The bad record began on the line after the last good one; start again on the line after that.
                from = startOfLine(text, from, linesRead + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Table(rows, problems);
    }

    /** The text as written to a cell: guarded by a leading {@code '} when a spreadsheet could run it. */
    static String guarded(String text) {
        return startsLikeFormula(text) ? GUARD + text : text;
    }

    /** A cell as read, with the guard {@link #guarded} added taken off again. */
    static String unguarded(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == GUARD && startsLikeFormula(cell) ? cell.substring(1) : cell;
    }

    /** True when the text, past any leading {@code '}, starts with a character that begins a formula. */
    private static boolean startsLikeFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == GUARD) {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }

    private static String unreadable(CSVException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "A double quote opens a value here and is never closed, so the rest of the file would be read as"
                    + " part of it. Close the quote, or write a double quote inside a value as two (\"\").";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "A value in double quotes is followed by more text before the next comma. Put the whole value in"
                    + " double quotes and write a double quote inside it as two (\"\").";
        }
        return "This row is not valid CSV (RFC 4180).";
    }

    /** Where the line after the first {@code lines} line breaks from {@code from} starts (CR, LF or CRLF each one). */
    private static int startOfLine(String text, int from, long lines) {
        int i = from;
        long seen = 0;
        while (i < text.length() && seen < lines) {
            char c = text.charAt(i++);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
            if (c == '\r' || c == '\n') {
                seen++;
            }
        }
        return seen < lines ? text.length() : i;
    }

    private static String whole(Reader source) {
        StringWriter text = new StringWriter();
        try {
            source.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
