package org.healthengineering.portal.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; every problem found is listed, so the user can mend them all at once. */
public class InvalidInputException extends PortalException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    /** Throws when there is anything to report; does nothing for an empty list. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
