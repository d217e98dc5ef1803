package org.healthengineering.portal.domain.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A competency an activity built, and to what level: for a verified activity, its course's mapped learning
 * outcomes. Offered as evidence when the engineer assesses themselves against that competency.
 */
@Entity
@Table(name = "cpd_activity_competency")
@IdClass(ActivityCompetency.Key.class)
public class ActivityCompetency {

    /** The row's key: the activity and the competency. */
    public static class Key implements Serializable {
        private Long activityId;
        private Long competencyId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(activityId, k.activityId)
                    && Objects.equals(competencyId, k.competencyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(activityId, competencyId);
        }
    }

    @Id
    @Column(name = "activity_id")
    private Long activityId;

    @Id
    @Column(name = "competency_id")
    private Long competencyId;

    @Column(name = "level", nullable = false)
    private int level;

    protected ActivityCompetency() {
    }

    public ActivityCompetency(long activityId, long competencyId, int level) {
        this.activityId = activityId;
        this.competencyId = competencyId;
        this.level = level;
    }

    public Long getActivityId() { return activityId; }
    public Long getCompetencyId() { return competencyId; }
    public int getLevel() { return level; }
}
