package org.healthengineering.portal.domain.accreditation;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a provider writes about a course: what it is, for whom, how it is delivered, taught, assessed and evaluated,
 * who pays for it, its sessions and its learning outcomes. {@link #problems()} lists every problem found in the
 * content itself; whether each outcome's competency and level exist is for the caller to add, since it needs the
 * frameworks.
 */
public record CourseContent(String title, CourseKind kind, String summary, String audience, Delivery delivery,
                            String location, String faculty, String assessmentMethod, String evaluationMethod,
                            boolean sponsored, String sponsorship, List<CourseSession> sessions,
                            List<Outcome> outcomes) {

    public static final int TITLE_LENGTH = 200;
    public static final int LONG_TEXT = 8000;
    public static final int AUDIENCE_LENGTH = 1000;
    public static final int LOCATION_LENGTH = 300;
    public static final int SPONSORSHIP_LENGTH = 1000;
    public static final int MAX_SESSIONS = 200;
    public static final int MAX_OUTCOMES = 50;

    /** A learning outcome as written: its text, the competency it builds (by id) and the level. */
    public record Outcome(String text, Long competencyId, Integer level) {
    }

    public CourseContent {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** Every problem with the content, each named by its field ({@code sessions[2].day}, {@code outcomes[0].text}). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", title, TITLE_LENGTH, "Give the course a title");
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose what kind of training this is."));
        }
        text(problems, "summary", summary, LONG_TEXT, "Summarise the course");
        text(problems, "audience", audience, AUDIENCE_LENGTH, "Say who the course is for");
        if (delivery == null) {
            problems.add(new FieldProblem("delivery", "Choose how the course is delivered."));
        } else if (delivery == Delivery.IN_PERSON) {
            text(problems, "location", location, LOCATION_LENGTH, "Give the location of a course held in person");
        } else if (location != null && location.trim().length() > LOCATION_LENGTH) {
            problems.add(new FieldProblem("location", "Use at most " + LOCATION_LENGTH + " characters."));
        }
        text(problems, "faculty", faculty, LONG_TEXT, "Describe the faculty who teach it");
        text(problems, "assessmentMethod", assessmentMethod, LONG_TEXT, "Describe how participants are assessed");
        text(problems, "evaluationMethod", evaluationMethod, LONG_TEXT, "Describe how the course is evaluated");
        if (sponsored) {
            text(problems, "sponsorship", sponsorship, SPONSORSHIP_LENGTH,
                    "Declare who sponsors the course and how");
        } else if (sponsorship != null && sponsorship.trim().length() > SPONSORSHIP_LENGTH) {
            problems.add(new FieldProblem("sponsorship", "Use at most " + SPONSORSHIP_LENGTH + " characters."));
        }
        if (sessions.isEmpty()) {
            problems.add(new FieldProblem("sessions", "Give at least one session with its date and contact hours."));
        } else if (sessions.size() > MAX_SESSIONS) {
            problems.add(new FieldProblem("sessions", "A course has at most " + MAX_SESSIONS + " sessions."));
        } else {
            for (int i = 0; i < sessions.size(); i++) {
                CourseSession session = sessions.get(i);
                if (session == null) {
                    problems.add(new FieldProblem("sessions[" + i + "]", "Give the session's date and contact hours."));
                } else {
                    problems.addAll(session.problems("sessions[" + i + "]."));
                }
            }
        }
        if (outcomes.isEmpty()) {
            problems.add(new FieldProblem("outcomes", "Give at least one learning outcome, mapped to a competency."));
        } else if (outcomes.size() > MAX_OUTCOMES) {
            problems.add(new FieldProblem("outcomes", "A course has at most " + MAX_OUTCOMES + " learning outcomes."));
        } else {
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                String prefix = "outcomes[" + i + "].";
                if (outcome == null) {
                    problems.add(new FieldProblem("outcomes[" + i + "]", "Describe the outcome."));
                    continue;
                }
                text(problems, prefix + "text", outcome.text(), LearningOutcome.TEXT_LENGTH, "Describe the outcome");
                if (outcome.competencyId() == null) {
                    problems.add(new FieldProblem(prefix + "competency", "Choose the competency the outcome builds."));
                }
                if (outcome.level() == null || outcome.level() < 1) {
                    problems.add(new FieldProblem(prefix + "level", "Choose the level the outcome builds it to."));
                }
            }
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, String whenMissing) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenMissing + "."));
        } else if (value.trim().length() > max) {
            problems.add(new FieldProblem(field, "Use at most " + String.format(java.util.Locale.UK, "%,d", max) + " characters."));
        }
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
