package org.healthengineering.portal.domain.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column of a CSV file the portal writes for people and may read back: the heading it writes ("In post (FTE)"),
 * and the code that earlier files named it by ({@code in_post_fte}). Reading accepts either, in any letter case and
 * with any spacing or punctuation between the words, so a file exported before the headings became words, or typed
 * by hand, still imports.
 */
public record CsvColumn(String code, String heading) {

    /** The headings to write, in order. */
    public static List<String> headings(List<CsvColumn> columns) {
        return columns.stream().map(CsvColumn::heading).toList();
    }

    /** Whether a header cell names this column, by its heading or by its code. */
    public boolean isNamedBy(String cell) {
        String given = key(cell);
        return !given.isEmpty() && (given.equals(key(code)) || given.equals(key(heading)));
    }

    /**
     * Where each column is in a header row, by column, and the heading as the file wrote it (for messages that
     * point at a cell in the file's own words); a column the header does not name is absent.
     */
    public static Map<CsvColumn, Found> find(List<CsvColumn> columns, List<String> header) {
        Map<CsvColumn, Found> found = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            for (CsvColumn column : columns) {
                if (!found.containsKey(column) && column.isNamedBy(header.get(i))) {
                    found.put(column, new Found(i, header.get(i).trim()));
                    break;
                }
            }
        }
        return found;
    }

    /** A column found in a header row: its position and the heading the file gave it. */
    public record Found(int index, String given) {
    }

    /** The same key for "In post (FTE)", "in_post_fte" and " IN POST FTE ". */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String joined = NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("_");
        return EDGE_UNDERSCORES.matcher(joined).replaceAll("");
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

    /**
     * Values by every name a cell may give them (a code, a label), for {@link #valueNamedBy}: built once, so that
     * reading a large file compares each cell once.
     */
    public static <T> Map<String, T> byName(Map<T, List<String>> namesOf) {
        Map<String, T> byName = new HashMap<>();
        namesOf.forEach((value, names) -> names.forEach(name -> byName.putIfAbsent(key(name), value)));
        return Map.copyOf(byName);
    }

    /** The value a cell names by its code or its label, compared as {@link #isNamedBy} does. */
    public static <T> Optional<T> valueNamedBy(String cell, Map<String, T> byName) {
        return Optional.ofNullable(byName.get(key(cell)));
    }
}
