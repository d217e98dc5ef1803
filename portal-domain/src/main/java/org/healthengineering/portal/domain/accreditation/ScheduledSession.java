package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A course's session as stored (see {@link CourseSession} for its rules). */
@Embeddable
public class ScheduledSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "session_day", nullable = false)
    private LocalDate day;

    @Column(name = "contact_hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal contactHours;

    @Column(name = "break_hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal breakHours;

    protected ScheduledSession() {
    }

    ScheduledSession(CourseSession session) {
        this.day = session.day();
        this.contactHours = session.contactHours();
        this.breakHours = session.breakHours() == null ? BigDecimal.ZERO : session.breakHours();
    }

    public CourseSession toSession() {
        return new CourseSession(day, contactHours, breakHours);
    }
}
