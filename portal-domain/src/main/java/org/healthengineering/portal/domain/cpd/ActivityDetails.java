package org.healthengineering.portal.domain.cpd;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.PlausibleDate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything an engineer says about one CPD activity, as typed into the form or sent to the API, before it is
 * accepted. {@link #problems(LocalDate)} is the one place the rules for an activity live; the page and the API
 * both show what it returns, field by field.
 */
public class ActivityDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int URL_LENGTH = 500;

    private String title;
    private ActivityType type;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal hours;
    private String learned;
    private String applied;
    private String benefit;
    private String url;

    public ActivityDetails() {
    }

    public ActivityDetails(String title, ActivityType type, LocalDate startDate, LocalDate endDate,
                           BigDecimal hours, String learned, String applied, String benefit, String url) {
        this.title = title;
        this.type = type;
        this.startDate = startDate;
        this.endDate = endDate;
        this.hours = hours;
        this.learned = learned;
        this.applied = applied;
        this.benefit = benefit;
        this.url = url;
    }

    /** Every rule this activity breaks, judged on {@code today}; empty when it can be saved. */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "title", title, TITLE_LENGTH, "Give the activity a title.");
        if (type == null) {
            problems.add(new FieldProblem("type", "Choose the type of activity."));
        }
        if (startDate == null) {
            problems.add(new FieldProblem("startDate", "Enter the date the activity started."));
        } else if (PlausibleDate.problemWith(startDate).isPresent()) {
            problems.add(new FieldProblem("startDate", PlausibleDate.problemWith(startDate).get()));
        } else if (startDate.isAfter(today)) {
            problems.add(new FieldProblem("startDate", "The start date cannot be in the future."));
        }
        if (endDate == null) {
            problems.add(new FieldProblem("endDate", "Enter the date the activity ended."));
        } else if (PlausibleDate.problemWith(endDate).isPresent()) {
            problems.add(new FieldProblem("endDate", PlausibleDate.problemWith(endDate).get()));
        } else if (endDate.isAfter(today)) {
            problems.add(new FieldProblem("endDate", "The end date cannot be in the future."));
        } else if (startDate != null && endDate.isBefore(startDate)) {
            problems.add(new FieldProblem("endDate", "The end date cannot be before the start date."));
        }
        CpdHours.problemWith(hours).ifPresent(m -> problems.add(new FieldProblem("hours", m)));
        // The reflection may be written later; progress against a body that requires it shows what is missing.
        limitText(problems, "learned", learned, Reflection.PART_LENGTH);
        limitText(problems, "applied", applied, Reflection.PART_LENGTH);
        limitText(problems, "benefit", benefit, Reflection.PART_LENGTH);
        urlProblem().ifPresent(m -> problems.add(new FieldProblem("url", m)));
        return problems;
    }

    private Optional<String> urlProblem() {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.trim();
        if (trimmed.length() > URL_LENGTH) {
            return Optional.of("A link has at most " + URL_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.of("Enter a web link starting with https:// or http://.");
            }
        } catch (URISyntaxException e) {
            return Optional.of("This is not a valid web link.");
        }
        return Optional.empty();
    }

    private static void requireText(List<FieldProblem> problems, String field, String value, int max,
                                    String whenMissing) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenMissing));
        } else if (value.trim().length() > max) {
            problems.add(new FieldProblem(field, "Use at most " + max + " characters."));
        }
    }

    private static void limitText(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(new FieldProblem(field, "Use at most " + max + " characters."));
        }
    }

    DateRange period() {
        return new DateRange(startDate, endDate);
    }

    Reflection reflection() {
        return new Reflection(learned, applied, benefit);
    }

    String normalisedUrl() {
        return url == null || url.isBlank() ? null : url.trim();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }

    public String getApplied() {
        return applied;
    }

    public void setApplied(String applied) {
        this.applied = applied;
    }

    public String getBenefit() {
        return benefit;
    }

    public void setBenefit(String benefit) {
        this.benefit = benefit;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
