package org.healthengineering.portal.application.recognition;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.eligibility.Eligibility;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.recognition.SchemeArea;
import org.healthengineering.portal.domain.recognition.SchemeStatus;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A body's recognition schemes: body administrators define, change, open and close them; every signed-in person
 * reads the open ones (and body administrators every one). Defining a scheme adds the qualification its award
 * becomes to the catalogue; changing its name or validity keeps that entry in step.
 */
@Stateless
public class RecognitionSchemes {

    static final String SUBJECT = "RecognitionScheme";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    Eligibility eligibility;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    RecognitionCases cases;

    /**
     * A scheme as people read it: its body, the competencies of its areas by their titles, its criteria in words,
     * and how many applications it has in progress (for the body only; null for everyone else).
     */
    public record SchemeView(RecognitionScheme scheme, String bodyCode, String bodyName, List<String> criteria,
                             String roleTitle, Long inProgress) implements Serializable {
    }

    /** Open schemes for everyone signed in; every scheme for body administrators. By body, then name. */
    public List<SchemeView> list() {
        caller.check(Permissions.OWN_ACCOUNT);
        boolean manager = caller.has(Permissions.RECOGNITION_MANAGE);
        // Schemes with their criteria in two statements (read only: the criteria are embeddables), bodies in one.
        List<RecognitionScheme> schemes = em.createQuery("SELECT s FROM RecognitionScheme s WHERE s.status IN :states"
                        + " ORDER BY s.bodyId, s.name", RecognitionScheme.class)
                .setHint("eclipselink.batch", "s.criteria").setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.read-only", "true")
                .setParameter("states", manager ? List.of(SchemeStatus.values()) : List.of(SchemeStatus.OPEN))
                .getResultList();
        Map<Long, ProfessionalBody> bodies = bodies();
        Map<Long, Long> inProgress = manager ? inProgressBySchemes() : Map.of();
        return schemes.stream().map(s -> view(s, bodies.get(s.getBodyId()),
                manager ? inProgress.getOrDefault(s.getId(), 0L) : null)).toList();
    }

    /** A scheme: an open one for everyone signed in; any for body administrators; otherwise not found. */
    public SchemeView get(long id) {
        caller.check(Permissions.OWN_ACCOUNT);
        RecognitionScheme scheme = visible(id);
        boolean manager = caller.has(Permissions.RECOGNITION_MANAGE);
        return view(scheme, em.find(ProfessionalBody.class, scheme.getBodyId()), manager ? inProgress(id) : null);
    }

    /** A body administrator defines a scheme of a body, as a draft; its award joins the qualification catalogue. */
    public SchemeView define(String bodyCode, RecognitionScheme.Terms terms) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        if (terms == null) {
            throw InvalidInputException.of("body", "Send the scheme's terms.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ProfessionalBody body = body(bodyCode).orElse(null);
        if (body == null) {
            problems.add(new FieldProblem("body", "Choose the professional body the scheme belongs to."));
        }
        problems.addAll(RecognitionScheme.problems(terms));
        problems.addAll(references(terms));
        if (problems.stream().noneMatch(p -> p.field().equals("code"))) {
            String code = terms.code().trim().toUpperCase(Locale.ROOT);
            if (codeTaken(code, null)) {
                problems.add(new FieldProblem("code", "Another scheme or a qualification of the catalogue has the "
                        + "code " + code + ": choose another."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Qualification entry = RecognitionScheme.catalogueEntry(terms, body.getName());
        em.persist(entry);
        em.flush();
        RecognitionScheme scheme = RecognitionScheme.define(body.getId(), entry.getId(), terms, clock.instant());
        em.persist(scheme);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.RECOGNITION_SCHEME_DEFINED, SUBJECT, scheme.getId(),
                body.getCode() + " " + scheme.getCode() + ": " + scheme.getName()));
        return view(scheme, body, 0L);
    }

    /** Changes a scheme's terms; what applications are assessed on stays while any is in progress. */
    public SchemeView revise(long id, RecognitionScheme.Terms terms) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionScheme scheme = scheme(id);
        if (terms == null) {
            throw InvalidInputException.of("body", "Send the scheme's terms.");
        }
        List<FieldProblem> problems = new ArrayList<>(RecognitionScheme.problems(terms));
        problems.addAll(references(terms));
        if (problems.stream().noneMatch(p -> p.field().equals("code"))
                && codeTaken(terms.code().trim().toUpperCase(Locale.ROOT), scheme)) {
            problems.add(new FieldProblem("code", "Another scheme or a qualification of the catalogue has this "
                    + "code: choose another."));
        }
        InvalidInputException.throwIfAny(problems);
        long inProgress = inProgress(id);
        String before = describe(scheme);
        scheme.revise(terms, inProgress > 0);
        ProfessionalBody body = em.find(ProfessionalBody.class, scheme.getBodyId());
        scheme.describe(em.find(Qualification.class, scheme.getQualificationId()), body.getName());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_SCHEME_REVISED, SUBJECT, id, before, describe(scheme)));
        return view(scheme, body, inProgress);
    }

    public SchemeView open(long id) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionScheme scheme = scheme(id);
        String before = scheme.getStatus().name();
        scheme.open(clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_SCHEME_OPENED, SUBJECT, id, before, "OPEN"));
        return get(id);
    }

    public SchemeView close(long id) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionScheme scheme = scheme(id);
        String before = scheme.getStatus().name();
        scheme.close(clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_SCHEME_CLOSED, SUBJECT, id, before, "CLOSED"));
        return get(id);
    }

    /** The bodies a scheme may be defined for, by name: for the form. */
    public List<ProfessionalBody> bodiesToChoose() {
        caller.check(Permissions.RECOGNITION_MANAGE);
        return em.createQuery("SELECT b FROM ProfessionalBody b ORDER BY b.name", ProfessionalBody.class)
                .getResultList();
    }

    // ------------------------------------------------------------------ reading

    private RecognitionScheme visible(long id) {
        return cases.visibleScheme(id);
    }

    private RecognitionScheme scheme(long id) {
        RecognitionScheme scheme = em.find(RecognitionScheme.class, id);
        if (scheme == null) {
            throw new NotFoundException("Recognition scheme", id);
        }
        return scheme;
    }

    private SchemeView view(RecognitionScheme scheme, ProfessionalBody body, Long inProgress) {
        return cases.schemeView(scheme, body, inProgress);
    }

    private Map<Long, ProfessionalBody> bodies() {
        Map<Long, ProfessionalBody> bodies = new HashMap<>();
        em.createQuery("SELECT b FROM ProfessionalBody b", ProfessionalBody.class).getResultList()
                .forEach(b -> bodies.put(b.getId(), b));
        return bodies;
    }

    private java.util.Optional<ProfessionalBody> body(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return java.util.Optional.empty();
        }
        return em.createQuery("SELECT b FROM ProfessionalBody b WHERE b.code = :c", ProfessionalBody.class)
                .setParameter("c", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private long inProgress(long schemeId) {
        return em.createQuery("SELECT COUNT(a) FROM RecognitionApplication a WHERE a.schemeId = :s"
                        + " AND a.state IN :states", Long.class).setParameter("s", schemeId)
                .setParameter("states", inProgressStates()).getSingleResult();
    }

    private Map<Long, Long> inProgressBySchemes() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT a.schemeId, COUNT(a) FROM RecognitionApplication a WHERE a.state IN :states"
                        + " GROUP BY a.schemeId", Object[].class).setParameter("states", inProgressStates())
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    static List<ApplicationState> inProgressStates() {
        return java.util.Arrays.stream(ApplicationState.values()).filter(ApplicationState::inProgress).toList();
    }

    private boolean codeTaken(String code, RecognitionScheme self) {
        List<Long> schemes = em.createQuery("SELECT s.id FROM RecognitionScheme s WHERE s.code = :c", Long.class)
                .setParameter("c", code).getResultList();
        List<Long> entries = em.createQuery("SELECT q.id FROM Qualification q WHERE q.code = :c", Long.class)
                .setParameter("c", code).getResultList();
        if (self == null) {
            return !schemes.isEmpty() || !entries.isEmpty();
        }
        return schemes.stream().anyMatch(s -> !s.equals(self.getId()))
                || entries.stream().anyMatch(q -> !q.equals(self.getQualificationId()));
    }

    /** The competencies, role profile and criteria's references the terms name, each checked to exist. */
    private List<FieldProblem> references(RecognitionScheme.Terms terms) {
        List<FieldProblem> problems = new ArrayList<>();
        if (terms.roleCode() != null && !terms.roleCode().isBlank() && !roleProfiles.exists(terms.roleCode().trim())) {
            problems.add(new FieldProblem("roleCode", "No role profile has this code."));
        }
        List<SchemeArea.Given> areas = terms.areas() == null ? List.of() : terms.areas();
        Set<Long> ids = new HashSet<>();
        areas.stream().filter(a -> a != null && a.competencyId() != null).forEach(a -> ids.add(a.competencyId()));
        Set<Long> known = new HashSet<>(ids.isEmpty() ? List.of() : em.createQuery(
                "SELECT c.id FROM Competency c WHERE c.id IN :ids", Long.class).setParameter("ids", ids)
                .getResultList());
        for (int i = 0; i < areas.size(); i++) {
            SchemeArea.Given a = areas.get(i);
            if (a != null && a.competencyId() != null && !known.contains(a.competencyId())) {
                problems.add(new FieldProblem("areas[" + i + "].competencyId", "No competency has this id."));
            }
        }
        problems.addAll(eligibility.unknownReferences(terms.criteria(), "criteria"));
        return problems;
    }

    private static String describe(RecognitionScheme s) {
        return s.getCode() + ": " + s.getName() + ", " + s.getAreas().size() + " areas, " + s.getCriteria().size()
                + " criteria, " + s.getEvidenceFilesRequired() + " files, interview " + s.isInterviewHeld()
                + ", " + s.getValidityYears() + " years";
    }
}
