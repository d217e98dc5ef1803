package org.healthengineering.portal.web.api;

import org.healthengineering.portal.application.mentoring.Mentorings;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.mentoring.MentorProfile;
import org.healthengineering.portal.domain.mentoring.MentorRanking;
import org.healthengineering.portal.domain.mentoring.Mentoring;
import org.healthengineering.portal.domain.mentoring.MentoringAction;
import org.healthengineering.portal.domain.mentoring.MentoringGoal;
import org.healthengineering.portal.domain.notification.Notification;

import java.util.List;

/** Mentoring, verification and notifications as JSON. */
public final class MentoringJson {

    private MentoringJson() {
    }

    /** A competency a mentor supports, at their level. */
    public record Supported(long competencyId, Integer level) {
    }

    /** A mentor's profile as sent and answered. */
    public record Profile(String region, Integer capacity, String availability, String about, boolean published,
                          List<Supported> competencies) {
        static Profile of(MentorProfile p) {
            return new Profile(p.getRegion(), p.getCapacity(), p.getAvailability(), p.getAbout(), p.isPublished(),
                    p.getCompetencies().stream().map(c -> new Supported(c.getCompetencyId(), c.getLevel()))
                            .sorted(java.util.Comparator.comparing(Supported::competencyId)).toList());
        }
    }

    /** A published mentor with free places. */
    public record Mentor(long mentorId, String name, String region, int placesLeft, List<Supported> competencies) {
        static Mentor of(MentorRanking.Candidate c) {
            return new Mentor(c.mentorId(), c.name(), c.region(), c.placesLeft(), c.supports().entrySet().stream()
                    .map(e -> new Supported(e.getKey(), e.getValue())).toList());
        }
    }

    /** A suggested mentor, with the coverage of the gaps and why. */
    public record Suggestion(Mentor mentor, int coveragePercent, int fullMatches, String explanation) {
        static Suggestion of(MentorRanking.Suggestion s) {
            return new Suggestion(Mentor.of(s.mentor()), s.percent(), s.fullMatches(), s.explanation());
        }
    }

    /** The body of a request for a mentor. */
    public record Request(Long mentorId, String roleCode, String message) {
    }

    /** A relationship. */
    public record Relationship(long id, long menteeId, String menteeName, long mentorId, String mentorName,
                               String status, String roleCode, String message, String requestedAt) {
        static Relationship of(Mentoring m, String menteeName, String mentorName) {
            return new Relationship(m.getId(), m.getMenteeId(), menteeName, m.getMentorId(), mentorName,
                    m.getStatus().name(), m.getRoleCode(), m.getMessage(), m.getRequestedAt().toString());
        }
    }

    /** A relationship with its goals, meetings (the reader's private notes only) and actions. */
    public record Detail(Relationship relationship, List<Goal> goals, List<Meeting> meetings, List<Action> actions) {
        static Detail of(Mentorings.Detail d) {
            return new Detail(Relationship.of(d.mentoring(), d.menteeName(), d.mentorName()),
                    d.goals().stream().map(Goal::of).toList(),
                    d.meetings().stream().map(m -> new Meeting(m.meeting().getId(), m.meeting().getHeldOn().toString(),
                            m.meeting().getSharedNotes(), m.myPrivateNote(), null)).toList(),
                    d.actions().stream().map(Action::of).toList());
        }
    }

    /** A goal; {@code done} alone is sent to tick it. */
    public record Goal(Long id, String title, String dueDate, Boolean done) {
        static Goal of(MentoringGoal g) {
            return new Goal(g.getId(), g.getTitle(), g.getDueDate().toString(), g.isDone());
        }
    }

    /** A meeting as sent ({@code privateNote}) and answered ({@code myPrivateNote}). */
    public record Meeting(Long id, String heldOn, String sharedNotes, String myPrivateNote, String privateNote) {
    }

    /** An action; {@code done} alone is sent to tick it. */
    public record Action(Long id, String description, Long ownerId, String dueDate, Boolean done) {
        static Action of(MentoringAction a) {
            return new Action(a.getId(), a.getDescription(), a.getOwnerId(),
                    a.getDueDate() == null ? null : a.getDueDate().toString(), a.isDone());
        }
    }

    /** A note, or a competency id, or a level with a reason: small request bodies. */
    public record Note(String note) {
    }

    public record CompetencyRef(Long competencyId) {
    }

    public record Verification(Integer level, String reason) {
    }

    /** One assessment in a competency's history. */
    public record Assessment(long id, int level, String source, long assessorId, String note, String assessedAt) {
        static Assessment of(CompetencyAssessment a) {
            return new Assessment(a.getId(), a.getLevel(), a.getSource().name(), a.getAssessorId(), a.getNote(),
                    a.getAssessedAt().toString());
        }
    }

    /** A notification. */
    public record NotificationJson(long id, String kind, String text, String link, String createdAt, boolean read) {
        static NotificationJson of(Notification n) {
            return new NotificationJson(n.getId(), n.getKind().name(), n.getText(), n.getLink(),
                    n.getCreatedAt().toString(), n.getReadAt() != null);
        }
    }
}
