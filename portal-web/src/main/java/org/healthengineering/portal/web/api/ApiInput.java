package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.PlausibleDate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading text from API requests into typed values, with a field problem that says what would be right. Blank
 * text reads as "not given" ({@code null}).
 */
final class ApiInput {

    private ApiInput() {
    }

    /** An ISO-8601 day. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Use an ISO-8601 date such as 2026-03-31.");
        }
        PlausibleDate.problemWith(date).ifPresent(problem -> {
            throw InvalidInputException.of(field, problem);
        });
        return date;
    }

    /** One of an enum's names, or the field's problem listing the names allowed. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Use one of " + names(type) + ".");
        }
    }

    /** Reads every name; all unknown names are reported together. */
    static <E extends Enum<E>> List<E> enumsOf(Class<E> type, List<String> texts, String field) {
        List<E> values = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String text : texts) {
            Arrays.stream(type.getEnumConstants()).filter(c -> text != null && c.name().equals(text.trim()))
                    .findFirst().ifPresentOrElse(values::add, () -> unknown.add(String.valueOf(text)));
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(field, "Unknown " + String.join(", ", unknown) + "; use any of "
                    + names(type) + ".");
        }
        return values;
    }

    /** The value read, or {@code null} with its problems added, so that every problem is reported at once. */
    static <T> T collect(List<org.healthengineering.portal.domain.shared.FieldProblem> problems,
                         java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.getProblems());
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
