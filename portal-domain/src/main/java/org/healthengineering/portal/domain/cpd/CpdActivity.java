package org.healthengineering.portal.domain.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One CPD activity an engineer took part in, with their reflection on it. Only its owner ever sees or changes
 * it. It is logged, may be revised any number of times (each revision re-checks every rule) and may be deleted.
 */
@Entity
@Table(name = "cpd_activity")
public class CpdActivity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "title", nullable = false, length = ActivityDetails.TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 30)
    private ActivityType type;

    @Embedded
    private DateRange period;

    @Embedded
    private CpdHours hours;

    @Embedded
    private Reflection reflection;

    @Column(name = "url", length = ActivityDetails.URL_LENGTH)
    private String url;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Column(name = "verified_source", length = 300, updatable = false)
    private String verifiedSource;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private int version;

    protected CpdActivity() {
    }

    /** An engineer logs an activity; refused with every problem listed if any rule is broken. */
    public static CpdActivity log(long ownerId, ActivityDetails details, LocalDate today, Instant now) {
        CpdActivity activity = new CpdActivity();
        activity.ownerId = ownerId;
        activity.createdAt = now;
        activity.apply(details, today, now);
        return activity;
    }

    /**
     * A completion of an accredited course becomes a verified activity: its title, type, dates and hours come from
     * the provider and only the reflection and link are the engineer's to write.
     */
    public static CpdActivity verified(long ownerId, long courseId, String title, String source, LocalDate completedOn,
                                       BigDecimal hours, Instant now) {
        ActivityDetails details = new ActivityDetails(title.length() > ActivityDetails.TITLE_LENGTH
                ? title.substring(0, ActivityDetails.TITLE_LENGTH) : title, ActivityType.FORMAL_LEARNING,
                completedOn, completedOn, hours, null, null, null, null);
        CpdActivity activity = log(ownerId, details, completedOn, now);
        activity.courseId = courseId;
        activity.verifiedSource = source;
        return activity;
    }

    /**
     * The owner corrects or completes the activity; the same rules apply as when it was logged. A verified
     * activity keeps what its provider recorded: only its reflection and link change.
     */
    public void revise(ActivityDetails details, LocalDate today, Instant now) {
        if (isVerified()) {
            List<FieldProblem> problems = new ArrayList<>();
            keep(problems, "title", title, details.getTitle() == null ? null : details.getTitle().trim());
            keep(problems, "type", type, details.getType());
            keep(problems, "startDate", period.getStart(), details.getStartDate());
            keep(problems, "endDate", period.getEnd(), details.getEndDate());
            if (details.getHours() == null || details.getHours().compareTo(hours.getValue()) != 0) {
                problems.add(new FieldProblem("hours", VERIFIED_FIXED));
            }
            InvalidInputException.throwIfAny(problems);
        }
        apply(details, today, now);
    }

    private static final String VERIFIED_FIXED =
            "A verified activity keeps the title, type, dates and hours its course's provider recorded.";

    private static void keep(List<FieldProblem> problems, String field, Object recorded, Object given) {
        if (!Objects.equals(recorded, given)) {
            problems.add(new FieldProblem(field, VERIFIED_FIXED));
        }
    }

    /** Whether the activity is a completion of an accredited course, recorded by its provider. */
    public boolean isVerified() {
        return courseId != null;
    }

    public Long getCourseId() {
        return courseId;
    }

    /** Where a verified activity comes from: the course, its provider and the approval code. */
    public String getVerifiedSource() {
        return verifiedSource;
    }

    private void apply(ActivityDetails details, LocalDate today, Instant now) {
        InvalidInputException.throwIfAny(details.problems(today));
        this.title = details.getTitle().trim();
        this.type = details.getType();
        this.period = details.period();
        this.hours = CpdHours.of(details.getHours());
        this.reflection = details.reflection();
        this.url = details.normalisedUrl();
        this.updatedAt = now;
    }

    public boolean isOwnedBy(long accountId) {
        return Objects.equals(ownerId, accountId);
    }

    /** A copy of what was recorded, ready to be edited in a form. */
    public ActivityDetails details() {
        return new ActivityDetails(title, type, period.getStart(), period.getEnd(), hours.getValue(),
                reflection.getLearned(), reflection.getApplied(), reflection.getBenefit(), url);
    }

    /** A one-line description for the audit trail (the reflection itself is private and not copied there). */
    public String auditSummary() {
        return "title=\"" + title + "\", type=" + type + ", dates=" + period + ", hours=" + hours.getValue()
                .stripTrailingZeros().toPlainString() + (url == null ? "" : ", url=" + url);
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public ActivityType getType() {
        return type;
    }

    public DateRange getPeriod() {
        return period;
    }

    public CpdHours getHours() {
        return hours;
    }

    public Reflection getReflection() {
        return reflection;
    }

    public String getUrl() {
        return url;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
