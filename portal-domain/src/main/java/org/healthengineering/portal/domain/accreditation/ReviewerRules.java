package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may review a submission: as many reviewers as its kind needs (two for a programme, one otherwise), each a
 * different person, none a member of the provider. Each reviewer then declares that they have no conflict of
 * interest before judging (see {@link CourseReview}); one who declares a conflict steps down and is replaced.
 */
public final class ReviewerRules {

    private ReviewerRules() {
    }

    /** Every problem with the reviewers proposed; none when they may review. */
    public static List<FieldProblem> problems(CourseKind kind, List<Long> reviewerIds, Set<Long> providerMembers) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> distinct = new HashSet<>(reviewerIds);
        if (distinct.size() != reviewerIds.size()) {
            problems.add(new FieldProblem("reviewers", "Each reviewer is a different person."));
        }
        if (distinct.size() != kind.reviewersNeeded()) {
            problems.add(new FieldProblem("reviewers", kind.reviewersNeeded() == 1
                    ? "This kind of submission is reviewed by one reviewer."
                    : "A programme is reviewed by " + kind.reviewersNeeded() + " reviewers."));
        }
        if (reviewerIds.stream().anyMatch(providerMembers::contains)) {
            problems.add(new FieldProblem("reviewers", "A member of the provider cannot review its course."));
        }
        return problems;
    }
}
