package org.healthengineering.portal.domain.cpdaudit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One activity of a submitted profile, copied from the CPD log at submission: the frozen snapshot assessors read,
 * which later edits to the log (or its deletion) do not change.
 */
@Embeddable
public class ProfileActivity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "round", nullable = false)
    private int round;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "chosen", nullable = false)
    private boolean chosen;

    @Column(name = "title", nullable = false, length = ActivityDetails.TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 30)
    private ActivityType type;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    @Column(name = "hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(name = "learned")
    private String learned;

    @Column(name = "applied")
    private String applied;

    @Column(name = "benefit")
    private String benefit;

    protected ProfileActivity() {
    }

    /** A copy of the activity as it is now, for the profile submitted in {@code round}. */
    static ProfileActivity copy(int round, CpdActivity activity, boolean chosen) {
        ProfileActivity copy = new ProfileActivity();
        copy.round = round;
        copy.activityId = activity.getId();
        copy.chosen = chosen;
        copy.title = activity.getTitle();
        copy.type = activity.getType();
        copy.start = activity.getPeriod().getStart();
        copy.end = activity.getPeriod().getEnd();
        copy.hours = activity.getHours().getValue();
        if (activity.getReflection() != null) {
            copy.learned = activity.getReflection().getLearned();
            copy.applied = activity.getReflection().getApplied();
            copy.benefit = activity.getReflection().getBenefit();
        }
        return copy;
    }

    public int getRound() {
        return round;
    }

    public long getActivityId() {
        return activityId;
    }

    public boolean isChosen() {
        return chosen;
    }

    public String getTitle() {
        return title;
    }

    public ActivityType getType() {
        return type;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getLearned() {
        return learned;
    }

    public String getApplied() {
        return applied;
    }

    public String getBenefit() {
        return benefit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileActivity other && round == other.round && activityId == other.activityId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(round, activityId);
    }
}
