package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may review a submission: as many reviewers as its kind needs (two for a programme, one otherwise), each a
 * different person, none a member of the provider, each having declared no conflict of interest.
 */
public final class ReviewerRules {

    private ReviewerRules() {
    }

    /** A reviewer proposed for a submission, with their declaration. */
    public record Candidate(long accountId, boolean declaredNoConflict) {
    }

    /** Every problem with the reviewers proposed; none when they may review. */
    public static List<FieldProblem> problems(CourseKind kind, List<Candidate> reviewers, Set<Long> providerMembers) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> distinct = new HashSet<>();
        reviewers.forEach(r -> distinct.add(r.accountId()));
        if (distinct.size() != reviewers.size()) {
            problems.add(new FieldProblem("reviewers", "Each reviewer is a different person."));
        }
        if (distinct.size() != kind.reviewersNeeded()) {
            problems.add(new FieldProblem("reviewers", kind.reviewersNeeded() == 1
                    ? "This kind of submission is reviewed by one reviewer."
                    : "A programme is reviewed by " + kind.reviewersNeeded() + " reviewers."));
        }
        for (Candidate reviewer : reviewers) {
            if (providerMembers.contains(reviewer.accountId())) {
                problems.add(new FieldProblem("reviewers", "A member of the provider cannot review its course."));
            }
            if (!reviewer.declaredNoConflict()) {
                problems.add(new FieldProblem("reviewers",
                        "Every reviewer declares that they have no conflict of interest."));
            }
        }
        return problems;
    }
}
