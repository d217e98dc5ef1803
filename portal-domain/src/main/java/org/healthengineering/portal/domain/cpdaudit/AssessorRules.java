package org.healthengineering.portal.domain.cpdaudit;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may assess a case: two different assessors, neither the registrant, at least one sharing the registrant's
 * registration title (profession) whenever an assessor with that title exists; a moderator is a third person.
 * Conflicts beyond these are declared by each assessor when grading. Every problem is reported at once.
 */
public final class AssessorRules {

    /**
     * An account named to assess: whether it holds the assessor's permission, and its registration title with the
     * campaign's body (null when it has none).
     */
    public record Candidate(String field, long accountId, boolean assessor, String title) {
    }

    private AssessorRules() {
    }

    /**
     * @param registrantTitle     the registrant's registration title, or null
     * @param sameTitleAvailable  whether any assessor other than the registrant holds that title with the body
     */
    public static List<FieldProblem> pairProblems(Candidate first, Candidate second, long registrantId,
                                                  String registrantTitle, boolean sameTitleAvailable) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Candidate c : List.of(first, second)) {
            problems.addAll(personProblems(c, registrantId));
        }
        if (first.accountId() == second.accountId()) {
            problems.add(new FieldProblem(second.field(), "Name two different assessors."));
        }
        if (registrantTitle != null && sameTitleAvailable && !sameTitle(first.title(), registrantTitle)
                && !sameTitle(second.title(), registrantTitle)) {
            problems.add(new FieldProblem(first.field(), "At least one assessor must hold the registrant's"
                    + " registration title (" + registrantTitle + "), as an assessor with that title exists."));
        }
        return problems;
    }

    /** A moderator: an assessor who is neither the registrant nor one of the two assessors. */
    public static List<FieldProblem> moderatorProblems(Candidate moderator, long registrantId, long first, long second) {
        List<FieldProblem> problems = new ArrayList<>(personProblems(moderator, registrantId));
        if (moderator.accountId() == first || moderator.accountId() == second) {
            problems.add(new FieldProblem(moderator.field(), "The moderator is a third assessor, not one of the two"
                    + " who disagree."));
        }
        return problems;
    }

    private static List<FieldProblem> personProblems(Candidate c, long registrantId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!c.assessor()) {
            problems.add(new FieldProblem(c.field(), "This account does not hold the role Assessor."));
        }
        if (c.accountId() == registrantId) {
            problems.add(new FieldProblem(c.field(), "A registrant never assesses their own profile."));
        }
        return problems;
    }

    /** Titles compare without regard to case or surrounding spaces. */
    public static boolean sameTitle(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }
}
