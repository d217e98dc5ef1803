package org.healthengineering.portal.domain.framework;

import org.healthengineering.portal.domain.shared.PortalException;

import java.util.List;

/** A framework file was refused; every problem found is listed and nothing was stored. */
public class ImportRefusedException extends PortalException {

    private final List<PackageProblem> problems;

    public ImportRefusedException(List<PackageProblem> problems) {
        super("The framework file has " + problems.size() + " problem(s); nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    public List<PackageProblem> getProblems() {
        return problems;
    }
}
