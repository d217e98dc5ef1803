package org.healthengineering.portal.domain.reminder;

import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdObjective;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the reminder rules read of one engineer's CPD: registrations, activities and plan objectives. */
public record EngineerCpd(List<Registration> registrations, List<Activity> activities, List<Objective> objectives) {

    /** A registration with a body, whose cycles run from {@code registeredOn}. */
    public record Registration(ProfessionalBody body, LocalDate registeredOn) {
    }

    /** An activity, named by its title. */
    public record Activity(long id, String title, ActivityType type, LocalDate start, LocalDate end,
                           BigDecimal hours, boolean reflected) {

        public static Activity of(CpdActivity a) {
            return new Activity(a.getId(), a.getTitle(), a.getType(), a.getPeriod().getStart(),
                    a.getPeriod().getEnd(), a.getHours().getValue(), a.getReflection().isComplete());
        }

        CycleProgress.Activity progress() {
            return new CycleProgress.Activity(type, start, end, hours, reflected);
        }
    }

    /** A plan objective: due on {@code targetDate}, and whether it has been evaluated. */
    public record Objective(long id, String title, LocalDate targetDate, boolean evaluated) {

        public static Objective of(CpdObjective o) {
            return new Objective(o.getId(), o.getTitle(), o.getTargetDate(), o.getOutcome() != null);
        }
    }

    public EngineerCpd {
        registrations = List.copyOf(registrations);
        activities = List.copyOf(activities);
        objectives = List.copyOf(objectives);
    }
}
