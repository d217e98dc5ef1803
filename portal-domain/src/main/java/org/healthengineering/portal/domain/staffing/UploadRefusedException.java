package org.healthengineering.portal.domain.staffing;

import org.healthengineering.portal.domain.shared.PortalException;

import java.io.Serializable;
import java.util.List;

/** A staffing CSV was refused: every bad row is listed with its reason, and nothing was saved. */
public class UploadRefusedException extends PortalException {

    /** One thing wrong: {@code where} is "row 12, vacancy_fte" or "file". */
    public record RowProblem(String where, String what) implements Serializable {
    }

    private final List<RowProblem> problems;

    public UploadRefusedException(List<RowProblem> problems) {
        super("The staffing file has " + problems.size() + " problem(s); nothing was saved.");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> getProblems() {
        return problems;
    }
}
