package org.healthengineering.portal.domain.shared;

import java.util.Objects;

/**
 * One thing wrong with one input field, phrased for the person who typed it.
 *
 * @param field   the field's name as the API and the forms know it (e.g. {@code hours})
 * @param message what is wrong and what would be right
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
