package org.healthengineering.portal.application.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthengineering.portal.application.notification.Links;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseCompletion;
import org.healthengineering.portal.domain.accreditation.LearningOutcome;
import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.credential.CredentialIssuer;
import org.healthengineering.portal.domain.credential.CredentialKind;
import org.healthengineering.portal.domain.credential.OpenBadgeCredential;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.recognition.SchemeArea;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a credential says about its source, read from the portal's records: an award (the scheme, its body, the
 * areas' competencies as CASE alignments, the award's dates), an accredited course completion (the course, its
 * credits and approval code, its learning outcomes' competencies, the day completed) or a verified competency (its
 * CASE item, the framework's proficiency scale, the level and who verified it, by role only). Also which sources of
 * a holder have no credential yet. Checks no permission: its callers are use cases that have.
 */
@ApplicationScoped
public class CredentialContent {

    static final String SCHEME = "scheme-";
    static final String COURSE = "course-";
    static final String COMPETENCY = "competency-";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A source ready to be issued: whose, which body issues it ({@code null}: the portal), and what it says. */
    public record Source(CredentialKind kind, long sourceId, long holderId, Long bodyId, String achievementRef,
                         OpenBadgeCredential.Achievement achievement, Instant validFrom, Instant validUntil,
                         BigDecimal creditsEarned, Instant activityStart, Instant activityEnd, Integer level,
                         List<OpenBadgeCredential.Evidence> evidence) {
    }

    /** The ids of the holder's sources that have no credential yet, by kind. One statement per kind. */
    public List<SourceRef> unissued(long holderId) {
        List<SourceRef> refs = new ArrayList<>();
        em.createQuery("SELECT a.id FROM RecognitionApplication a WHERE a.applicantId = :holder"
                        + " AND a.state = :awarded AND a.removedAt IS NULL AND NOT EXISTS (SELECT c.id FROM"
                        + " IssuedCredential c WHERE c.kind = :kind AND c.sourceId = a.id)", Long.class)
                .setParameter("holder", holderId).setParameter("awarded", ApplicationState.AWARDED)
                .setParameter("kind", CredentialKind.AWARD).getResultList()
                .forEach(id -> refs.add(new SourceRef(CredentialKind.AWARD, id)));
        em.createQuery("SELECT k.id FROM CourseCompletion k, Course c WHERE k.accountId = :holder"
                        + " AND c.id = k.courseId AND c.credentialsRevoked = FALSE AND c.approvalCode IS NOT NULL"
                        + " AND k.completedOn >= c.validFrom AND k.completedOn <= c.validUntil"
                        + " AND (c.endsOn IS NULL OR k.completedOn < c.endsOn)"
                        + " AND NOT EXISTS (SELECT i.id FROM"
                        + " IssuedCredential i WHERE i.kind = :kind AND i.sourceId = k.id)", Long.class)
                .setParameter("holder", holderId)
                .setParameter("kind", CredentialKind.COURSE).getResultList()
                .forEach(id -> refs.add(new SourceRef(CredentialKind.COURSE, id)));
        em.createQuery("SELECT a.id FROM CompetencyAssessment a WHERE a.accountId = :holder AND a.source <> :self"
                        + " AND a.assessedAt = (SELECT MAX(b.assessedAt) FROM CompetencyAssessment b WHERE"
                        + " b.accountId = a.accountId AND b.competencyId = a.competencyId AND b.source <> :self)"
                        + " AND NOT EXISTS (SELECT i.id FROM IssuedCredential i WHERE i.kind = :kind"
                        + " AND i.sourceId = a.id)", Long.class)
                .setParameter("holder", holderId).setParameter("self", AssessmentSource.SELF)
                .setParameter("kind", CredentialKind.COMPETENCY).getResultList()
                .forEach(id -> refs.add(new SourceRef(CredentialKind.COMPETENCY, id)));
        return refs;
    }

    /** A source named by kind and id. */
    public record SourceRef(CredentialKind kind, long id) {
    }

    /**
     * What a source says, or empty when it is not (or no longer) something a credential is issued for; {@code
     * alignments} (from {@link #prefetch}) reads each set of CASE items once for a run of sources.
     */
    public Optional<Source> source(SourceRef ref, Alignments alignments) {
        return switch (ref.kind()) {
            case AWARD -> award(ref.id(), alignments);
            case COURSE -> course(ref.id(), alignments);
            case COMPETENCY -> competency(ref.id(), alignments);
        };
    }

    /** The CASE items of sets of competencies, each set read once. */
    public final class Alignments {

        private final Map<Set<Long>, List<OpenBadgeCredential.Alignment>> read = new HashMap<>();

        private Alignments() {
        }

        List<OpenBadgeCredential.Alignment> of(Collection<Long> competencyIds) {
            return read.computeIfAbsent(new LinkedHashSet<>(competencyIds), CredentialContent.this::alignments);
        }
    }

    private Alignments alignments() {
        return new Alignments();
    }

    /**
     * Reads ahead what issuing these sources needs, in a few statements whatever their number: the verified
     * assessments with their competencies and frameworks (into the persistence context, where {@link #source}
     * then finds them) and each competency's CASE item (into the answer).
     */
    public Alignments prefetch(List<SourceRef> refs) {
        Alignments alignments = new Alignments();
        List<Long> assessments = refs.stream().filter(r -> r.kind() == CredentialKind.COMPETENCY)
                .map(SourceRef::id).toList();
        if (assessments.isEmpty()) {
            return alignments;
        }
        List<CompetencyAssessment> read = em.createQuery("SELECT a FROM CompetencyAssessment a WHERE a.id IN :ids",
                CompetencyAssessment.class).setParameter("ids", assessments).getResultList();
        Set<Long> competencies = new LinkedHashSet<>();
        read.forEach(a -> competencies.add(a.getCompetencyId()));
        List<Object[]> rows = em.createQuery("SELECT c, f FROM Competency c, Framework f WHERE c.id IN :ids"
                + " AND f.id = c.frameworkId", Object[].class).setParameter("ids", competencies).getResultList();
        for (Object[] row : rows) {
            Competency c = (Competency) row[0];
            alignments.read.put(new LinkedHashSet<>(List.of(c.getId())), List.of(alignment(c,
                    ((Framework) row[1]).getTitle())));
        }
        return alignments;
    }

    private Optional<Source> award(long applicationId, Alignments alignments) {
        RecognitionApplication application = em.find(RecognitionApplication.class, applicationId);
        if (application == null || application.getState() != ApplicationState.AWARDED
                || application.getRemovedAt() != null) {
            return Optional.empty();
        }
        RecognitionScheme scheme = em.find(RecognitionScheme.class, application.getSchemeId());
        String ref = SCHEME + scheme.getId();
        var achievement = schemeAchievement(scheme, alignments);
        List<OpenBadgeCredential.Evidence> evidence = application.isRegisterConsent()
                ? List.of(new OpenBadgeCredential.Evidence(Links.absolute("/recognition/register.xhtml"),
                "Public register of recognition", "The award is listed on the portal's public register."))
                : List.of(new OpenBadgeCredential.Evidence(null, "Recognition award",
                "Decided by the body's panel on " + application.getAwardedOn() + "."));
        return Optional.of(new Source(CredentialKind.AWARD, applicationId, application.getApplicantId(),
                scheme.getBodyId(), ref, achievement, start(application.getAwardedOn()),
                application.getValidUntil() == null ? null : start(application.getValidUntil().plusDays(1)),
                null, null, null, null, evidence));
    }

    private Optional<Source> course(long completionId, Alignments alignments) {
        CourseCompletion completion = em.find(CourseCompletion.class, completionId);
        if (completion == null || completion.getAccountId() == null) {
            return Optional.empty();
        }
        Course course = em.find(Course.class, completion.getCourseId());
        if (course == null || course.isCredentialsRevoked() || !course.accreditedOn(completion.getCompletedOn())) {
            return Optional.empty();
        }
        var achievement = courseAchievement(course, alignments);
        Instant completed = start(completion.getCompletedOn());
        List<OpenBadgeCredential.Evidence> evidence = List.of(new OpenBadgeCredential.Evidence(
                Links.absolute("/courses/course.xhtml?id=" + course.getId()), "Accredited course",
                "The course as accredited, in the portal's public directory of courses."));
        return Optional.of(new Source(CredentialKind.COURSE, completionId, completion.getAccountId(),
                course.getBodyId(), COURSE + course.getId(), achievement, completed, null,
                completion.getHours() != null ? completion.getHours() : course.getCredits(),
                completed, completed, null, evidence));
    }

    private Optional<Source> competency(long assessmentId, Alignments alignments) {
        CompetencyAssessment assessment = em.find(CompetencyAssessment.class, assessmentId);
        if (assessment == null || assessment.getSource() == AssessmentSource.SELF) {
            return Optional.empty();
        }
        Competency competency = em.find(Competency.class, assessment.getCompetencyId());
        Framework framework = em.find(Framework.class, competency.getFrameworkId());
        String label = framework.level(assessment.getLevel()).map(ProficiencyLevel::getLabel).orElse("");
        String who = assessment.getSource() == AssessmentSource.MENTOR ? "a mentor" : "an assessor";
        var achievement = competencyAchievement(competency, framework, alignments);
        List<OpenBadgeCredential.Evidence> evidence = List.of(new OpenBadgeCredential.Evidence(null,
                "Verification", "Verified by " + who + " at level " + assessment.getLevel()
                + (label.isEmpty() ? "" : " (" + label + ")") + " on "
                + assessment.getAssessedAt().atZone(ZoneOffset.UTC).toLocalDate() + "."));
        return Optional.of(new Source(CredentialKind.COMPETENCY, assessmentId, assessment.getAccountId(), null,
                COMPETENCY + competency.getId(), achievement, assessment.getAssessedAt(), null, null, null, null,
                assessment.getLevel(), evidence));
    }

    private OpenBadgeCredential.Achievement schemeAchievement(RecognitionScheme scheme, Alignments alignments) {
        ProfessionalBody body = em.find(ProfessionalBody.class, scheme.getBodyId());
        String criteria = "Awarded by " + body.getName() + " after two reviewers assessed the applicant's statements "
                + "and evidence against " + scheme.getAreas().size() + " areas of competence, with two references"
                + (scheme.isInterviewHeld() ? " and an interview" : "") + ".";
        return new OpenBadgeCredential.Achievement("", "Certification", scheme.getName(), scheme.getSummary(),
                criteria, scheme.getPostNominal(), null,
                alignments.of(scheme.getAreas().stream().map(SchemeArea::getCompetencyId).toList()), List.of());
    }

    private OpenBadgeCredential.Achievement courseAchievement(Course course, Alignments alignments) {
        ProfessionalBody body = em.find(ProfessionalBody.class, course.getBodyId());
        String criteria = "Completed a course accredited by " + body.getName()
                + (course.getApprovalCode() == null ? "" : " (approval " + course.getApprovalCode() + ")")
                + ", as recorded by its training provider.";
        return new OpenBadgeCredential.Achievement("", "Course", course.getTitle(), course.getSummary(), criteria,
                course.getApprovalCode(), course.getCredits(),
                alignments.of(course.getOutcomes().stream().map(LearningOutcome::getCompetencyId).toList()), List.of());
    }

    private static OpenBadgeCredential.Achievement competencyAchievement(Competency competency, Framework framework,
                                                                       Alignments alignments) {
        List<OpenBadgeCredential.Level> levels = framework.getLevels().stream()
                .map(l -> new OpenBadgeCredential.Level(l.getLevel(), l.getLabel())).toList();
        return new OpenBadgeCredential.Achievement("", "Competency", competency.getTitle(), competency.getStatement(),
                "Verified by a mentor or an assessor at a level of the framework's proficiency scale.",
                competency.getCode(), null, alignments.of(List.of(competency.getId())), levels);
    }

    /**
     * The achievement an issuer's credentials name by {@code ref} ({@code scheme-}, {@code course-} or {@code
     * competency-} and a number), as anyone reads it at its id: only for what is public (an open or closed scheme
     * of the issuer's body, an accredited course of its body, a competency of a published framework for the
     * portal's own issuer); empty for anything else.
     */
    public Optional<OpenBadgeCredential.Achievement> achievement(CredentialIssuer issuer, String ref) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(scheme-|course-|competency-)(\\d{1,18})")
                .matcher(ref == null ? "" : ref);
        if (!m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(2));
        Alignments alignments = alignments();
        Optional<OpenBadgeCredential.Achievement> found = switch (m.group(1)) {
            case SCHEME -> Optional.ofNullable(em.find(RecognitionScheme.class, id))
                    .filter(s -> s.getStatus() != org.healthengineering.portal.domain.recognition.SchemeStatus.DRAFT
                            && s.getBodyId().equals(issuer.getBodyId()))
                    .map(s -> schemeAchievement(s, alignments));
            case COURSE -> Optional.ofNullable(em.find(Course.class, id))
                    .filter(c -> c.getApprovalCode() != null && c.getBodyId().equals(issuer.getBodyId()))
                    .map(c -> courseAchievement(c, alignments));
            default -> Optional.ofNullable(em.find(Competency.class, id)).filter(c -> issuer.getBodyId() == null)
                    .flatMap(c -> Optional.ofNullable(em.find(Framework.class, c.getFrameworkId()))
                            .filter(f -> f.getStatus() != org.healthengineering.portal.domain.framework
                                    .FrameworkStatus.DRAFT)
                            .map(f -> competencyAchievement(c, f, alignments)));
        };
        return found.map(a -> new OpenBadgeCredential.Achievement(CredentialLinks.achievement(issuer.getId(), ref),
                a.type(), a.name(), a.description(), a.criteria(), a.humanCode(), a.credits(), a.alignments(),
                a.levels()));
    }

    /** The CASE items of the competencies, in the order given, each once; one statement. */
    private List<OpenBadgeCredential.Alignment> alignments(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT c, f.title FROM Competency c, Framework f"
                + " WHERE c.id IN :ids AND f.id = c.frameworkId", Object[].class).setParameter("ids", ids)
                .getResultList();
        List<OpenBadgeCredential.Alignment> alignments = new ArrayList<>();
        for (Long id : ids) {
            rows.stream().filter(r -> ((Competency) r[0]).getId().equals(id)).findFirst()
                    .ifPresent(r -> alignments.add(alignment((Competency) r[0], (String) r[1])));
        }
        return alignments;
    }

    private static OpenBadgeCredential.Alignment alignment(Competency c, String framework) {
        String uri = c.getCaseUri() != null ? c.getCaseUri()
                : Links.absolute(CredentialLinks.API + "/case/v1p0/CFItems/" + c.getCaseIdentifier());
        return new OpenBadgeCredential.Alignment(c.getCaseIdentifier(), uri, c.getTitle(), framework,
                c.getStatement());
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
