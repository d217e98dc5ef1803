package org.healthengineering.portal.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.Comparator;
import java.util.List;

/** Bean Validation's violations as the field problems every answer of the API lists. */
final class Violations {

    private Violations() {
    }

    /** One problem per violation, named by the field (or parameter) it concerns, in a stable order. */
    static List<FieldProblem> problems(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
    }

    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }
}
