package org.healthengineering.portal.application.accreditation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.Delivery;
import org.healthengineering.portal.domain.accreditation.LearningOutcome;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.domain.shared.Like;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public directory of accredited courses: for anyone, signed in or not. A course is listed from its approval
 * until its accreditation ends (its validity runs out, or the body withdraws it). Each search is a fixed number of statements however many courses match: the
 * page of ids and the count, then the courses, their sessions and outcomes, and the providers, bodies and
 * competencies they name.
 */
@Stateless
public class CourseDirectory {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * What to look for; every part optional. {@code competencyId} with {@code level} finds courses with an outcome
     * building that competency to at least that level; {@code from} finds courses with a session on or after it.
     */
    public record Search(String text, Long competencyId, Integer level, String bodyCode, String providerCode,
                         Delivery delivery, LocalDate from, int offset, int limit) {
    }

    /** An outcome as the directory shows it: the competency's framework, code and title. */
    public record Outcome(String text, long competencyId, String framework, String competencyCode,
                          String competencyTitle, int level) implements Serializable {
    }

    /** A listed course. */
    public record Entry(long id, String title, String summary, String audience, String kind, Delivery delivery,
                        String location, String providerCode, String providerName, String providerWebsite,
                        String bodyCode, String bodyName, BigDecimal credits, String approvalCode,
                        LocalDate validFrom, LocalDate validUntil, LocalDate firstSession, LocalDate lastSession,
                        List<Outcome> outcomes) implements Serializable {
    }

    /** A value a search may filter by, with the words that name it. */
    public record Facet(String value, String label) implements Serializable {
    }

    /** What the listed courses may be filtered by: the competencies they build, their bodies and providers. */
    public record Facets(List<Facet> competencies, List<Facet> bodies, List<Facet> providers) implements Serializable {
    }

    private static final String LISTED = " c.approval_code IS NOT NULL AND c.valid_until >= ?1"
            + " AND (c.ends_on IS NULL OR c.ends_on > ?1)";

    public Facets facets() {
        LocalDate today = LocalDate.now(clock);
        List<Facet> competencies = rows("SELECT DISTINCT k.id, f.code, k.code, k.title, k.code_given FROM course c"
                + " JOIN course_outcome o ON o.course_id = c.id JOIN competency k ON k.id = o.competency_id"
                + " JOIN framework f ON f.id = k.framework_id WHERE" + LISTED + " ORDER BY f.code, k.code", today)
                .stream().map(r -> new Facet(String.valueOf(r[0]), r[1] + " " + Competency.displayName(
                        Boolean.TRUE.equals(asBoolean(r[4])) ? (String) r[2] : null, (String) r[3]))).toList();
        List<Facet> bodies = rows("SELECT DISTINCT b.code, b.name FROM course c JOIN professional_body b"
                + " ON b.id = c.body_id WHERE" + LISTED + " ORDER BY b.name", today).stream()
                .map(r -> new Facet((String) r[0], (String) r[1])).toList();
        List<Facet> providers = rows("SELECT DISTINCT p.code, p.name FROM course c JOIN training_provider p"
                + " ON p.id = c.provider_id WHERE" + LISTED + " ORDER BY p.name", today).stream()
                .map(r -> new Facet((String) r[0], (String) r[1])).toList();
        return new Facets(competencies, bodies, providers);
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate today) {
        return em.createNativeQuery(sql).setParameter(1, today).getResultList();
    }

    public Page<Entry> search(Search search) {
        if (search.limit() < 1 || search.limit() > MAX_PAGE || search.offset() < 0) {
            throw InvalidInputException.of("limit", "Ask for 1 to " + MAX_PAGE + " courses at a time.");
        }
        if (search.text() != null && search.text().length() > 200) {
            throw InvalidInputException.of("q", "Search for at most 200 characters.");
        }
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" FROM course c WHERE" + LISTED);
        List<Object> parameters = new ArrayList<>(List.of(today));
        if (search.text() != null && !search.text().isBlank()) {
            // One column holds a course's title, summary and outcomes; its collation ignores case.
            parameters.add(Like.containing(search.text().trim()));
            where.append(" AND c.search_text LIKE ?").append(parameters.size());
        }
        if (search.competencyId() != null) {
            parameters.add(search.competencyId());
            parameters.add(search.level() == null ? 0 : search.level());
            where.append(" AND EXISTS (SELECT 1 FROM course_outcome o WHERE o.course_id = c.id AND o.competency_id = ?")
                    .append(parameters.size() - 1).append(" AND o.level >= ?").append(parameters.size()).append(")");
        }
        if (search.bodyCode() != null && !search.bodyCode().isBlank()) {
            parameters.add(search.bodyCode().trim().toUpperCase(Locale.ROOT));
            where.append(" AND c.body_id = (SELECT b.id FROM professional_body b WHERE b.code = ?")
                    .append(parameters.size()).append(")");
        }
        if (search.providerCode() != null && !search.providerCode().isBlank()) {
            parameters.add(search.providerCode().trim().toUpperCase(Locale.ROOT));
            where.append(" AND c.provider_id = (SELECT p.id FROM training_provider p WHERE p.code = ?")
                    .append(parameters.size()).append(")");
        }
        if (search.delivery() != null) {
            parameters.add(search.delivery().name());
            where.append(" AND c.delivery = ?").append(parameters.size());
        }
        if (search.from() != null) {
            parameters.add(search.from());
            where.append(" AND EXISTS (SELECT 1 FROM course_session s WHERE s.course_id = c.id AND s.session_day >= ?")
                    .append(parameters.size()).append(")");
        }
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
        Query ids = em.createNativeQuery("SELECT c.id" + where + " ORDER BY c.title, c.id LIMIT "
                + search.limit() + " OFFSET " + search.offset());
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            ids.setParameter(i + 1, parameters.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Long> page = ((List<?>) ids.getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
        return new Page<>(entries(page), total);
    }

    /** One listed course, for its public page; empty when it is not (or no longer) accredited. */
    public java.util.Optional<Entry> entry(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !course.listedOn(LocalDate.now(clock))) {
            return java.util.Optional.empty();
        }
        return entries(List.of(courseId)).stream().findFirst();
    }

    private List<Entry> entries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Course> courses = em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids", Course.class)
                .setParameter("ids", ids).getResultList();
        // A course's sessions and outcomes are read for the whole page in one statement each, whatever the cache
        // holds: projections, not the courses' own collections.
        Map<Long, List<LocalDate>> days = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.id, s.day FROM Course c JOIN c.sessions s WHERE c.id IN :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            days.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((LocalDate) row[1]);
        }
        Map<Long, List<LearningOutcome>> outcomesOf = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.id, o.text, o.competencyId, o.level FROM Course c"
                + " JOIN c.outcomes o WHERE c.id IN :ids ORDER BY c.id, INDEX(o)", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            outcomesOf.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new LearningOutcome((String) row[1], (Long) row[2], (Integer) row[3]));
        }
        Map<Long, TrainingProvider> providers = byId(TrainingProvider.class, "TrainingProvider",
                courses.stream().map(Course::getProviderId).toList(), TrainingProvider::getId);
        Map<Long, ProfessionalBody> bodies = byId(ProfessionalBody.class, "ProfessionalBody",
                courses.stream().map(Course::getBodyId).toList(), ProfessionalBody::getId);
        Map<Long, Competency> competencies = byId(Competency.class, "Competency", outcomesOf.values().stream()
                .flatMap(List::stream).map(LearningOutcome::getCompetencyId).toList(), Competency::getId);
        Map<Long, Framework> frameworks = byId(Framework.class, "Framework",
                competencies.values().stream().map(Competency::getFrameworkId).toList(), Framework::getId);
        Map<Long, Course> byCourse = courses.stream().collect(Collectors.toMap(Course::getId, c -> c));
        List<Entry> entries = new ArrayList<>();
        for (Long id : ids) {
            Course c = byCourse.get(id);
            TrainingProvider p = providers.get(c.getProviderId());
            ProfessionalBody b = bodies.get(c.getBodyId());
            List<Outcome> outcomes = outcomesOf.getOrDefault(id, List.of()).stream().map(o -> {
                Competency competency = competencies.get(o.getCompetencyId());
                Framework framework = frameworks.get(competency.getFrameworkId());
                return new Outcome(o.getText(), competency.getId(), framework.getCode(), competency.displayCode(),
                        competency.getTitle(), o.getLevel());
            }).toList();
            List<LocalDate> sessionDays = days.getOrDefault(id, List.of()).stream().sorted().toList();
            entries.add(new Entry(c.getId(), c.getTitle(), c.getSummary(), c.getAudience(), c.getKind().name(),
                    c.getDelivery(), c.getLocation(), p.getCode(), p.getName(), p.getWebsite(), b.getCode(),
                    b.getName(), c.getCredits(), c.getApprovalCode(), c.getValidFrom(), c.getValidUntil(),
                    sessionDays.isEmpty() ? null : sessionDays.get(0),
                    sessionDays.isEmpty() ? null : sessionDays.get(sessionDays.size() - 1), outcomes));
        }
        return entries;
    }

    private <T> Map<Long, T> byId(Class<T> type, String entity, Collection<Long> ids, Function<T, Long> id) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.id IN :ids", type).setParameter("ids", distinct)
                .getResultList().stream().collect(Collectors.toMap(id, e -> e));
    }
}
