package org.healthengineering.portal.domain.staffing;

import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3}. */
public record Quarter(int year, int number) implements Serializable, Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2100 || number < 1 || number > 4) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + number);
        }
    }

    /** Reads {@code 2026-Q3}; anything else is the field's problem. */
    public static Quarter parse(String text, String field) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (matcher == null || !matcher.matches() || Integer.parseInt(matcher.group(1)) < 2000
                || Integer.parseInt(matcher.group(1)) > 2100) {
            throw InvalidInputException.of(field, "Write a quarter as year, dash, Q and 1–4, such as 2026-Q3.");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + (number - 1) - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** The {@code count} quarters ending with this one, oldest first. */
    public List<Quarter> lastQuarters(int count) {
        List<Quarter> quarters = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            quarters.add(minus(i));
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
