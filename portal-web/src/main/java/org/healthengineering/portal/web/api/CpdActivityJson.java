package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CPD activity in the public JSON contract. Dates are ISO-8601 days; {@code type} is one of the
 * {@link ActivityType} names. Type and dates travel as text so that a wrong value is reported on its field.
 * {@code verifiedSource} (read only) names the accredited course a verified activity comes from.
 */
public record CpdActivityJson(Long id, String title, String type, String startDate, String endDate,
                              BigDecimal hours, String learned, String applied, String benefit, String url,
                              String verifiedSource) {

    static CpdActivityJson of(CpdActivity activity) {
        return new CpdActivityJson(activity.getId(), activity.getTitle(), activity.getType().name(),
                activity.getPeriod().getStart().toString(), activity.getPeriod().getEnd().toString(),
                activity.getHours().getValue(), activity.getReflection().getLearned(),
                activity.getReflection().getApplied(), activity.getReflection().getBenefit(), activity.getUrl(),
                activity.getVerifiedSource());
    }

    /**
     * The details to hand to the service. If a type or date cannot be read, every problem with the activity is
     * reported at once: the unreadable fields, and whatever else the activity's own rules find.
     */
    ActivityDetails toDetails(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        ActivityType activityType = ApiInput.collect(problems, () -> ApiInput.enumOf(ActivityType.class, type, "type"));
        LocalDate start = ApiInput.collect(problems, () -> ApiInput.date("startDate", startDate));
        LocalDate end = ApiInput.collect(problems, () -> ApiInput.date("endDate", endDate));
        ActivityDetails details =
                new ActivityDetails(title, activityType, start, end, hours, learned, applied, benefit, url);
        if (!problems.isEmpty()) {
            Set<String> unreadable = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            details.problems(today).stream().filter(p -> !unreadable.contains(p.field())).forEach(problems::add);
            throw new InvalidInputException(problems);
        }
        return details;
    }
}
