package org.healthengineering.portal.domain.recognition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.qualification.QualificationKind;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A professional body's scheme of recognition ("Chief Healthcare Engineer (recognised)", "Registered Clinical
 * Technologist"): what an engineer applies for, and what an award makes them. A body administrator defines it: the
 * areas of competence assessed (each a competency, a title and a word limit for the applicant's statement), the
 * eligibility criteria ({@link Criterion}, reported by the eligibility engine for the reviewers, never a bar), how
 * many evidence files an application needs, the referees (always {@value #REFEREES}, each registered with the body:
 * the service checks the registration when a referee answers), whether an interview is held, and how many years an
 * award lasts before it lapses unless renewed.
 *
 * <p>A scheme is a draft until it opens to applications, and closes to new ones (it may open again); applications
 * already made go on. What an application is assessed on (the areas, the criteria, the evidence asked and whether an
 * interview is held) changes only while the scheme is a draft or no application is in progress
 * ({@link ApplicationState#inProgress()}), which the service finds out and passes in. The code is the scheme's for
 * good once it has opened.
 *
 * <p>An award becomes a qualification the engineer holds: the service creates the catalogue entry
 * ({@link #catalogueEntry}) with the scheme and passes its id to {@link #define}.
 */
@Entity
@Table(name = "recognition_scheme")
public class RecognitionScheme implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 4000;
    public static final int POST_NOMINAL_LENGTH = 20;
    public static final int ROLE_CODE_LENGTH = 40;
    public static final int RENEWAL_RULE_LENGTH = 2000;
    public static final int MOST_AREAS = 20;
    public static final int MOST_CRITERIA = 30;
    public static final int MOST_EVIDENCE_FILES = 10;
    public static final int MOST_VALIDITY_YEARS = 10;
    /** Every application names two referees. */
    public static final int REFEREES = 2;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "post_nominal", length = POST_NOMINAL_LENGTH)
    private String postNominal;

    @Column(name = "role_code", length = ROLE_CODE_LENGTH)
    private String roleCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recognition_scheme_area", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<SchemeArea> areas = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "recognition_scheme_criterion", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "evidence_files_required", nullable = false)
    private int evidenceFilesRequired;

    @Column(name = "referees_required", nullable = false)
    private int refereesRequired;

    @Column(name = "interview_held", nullable = false)
    private boolean interviewHeld;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    @Column(name = "renewal_rule", length = RENEWAL_RULE_LENGTH)
    private String renewalRule;

    @Column(name = "qualification_id", nullable = false, updatable = false)
    private Long qualificationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SchemeStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version")
    private int version;

    /**
     * A scheme's terms as a form or the API gives them, unchecked. {@code interviewHeld} null is no interview;
     * {@code criteria} null is none.
     */
    public record Terms(String code, String name, String summary, String postNominal, String roleCode,
                        List<SchemeArea.Given> areas, List<Criterion.Given> criteria, Integer evidenceFilesRequired,
                        Boolean interviewHeld, Integer validityYears, String renewalRule) {
    }

    protected RecognitionScheme() {
    }

    /**
     * A body administrator defines a scheme for the body, as a draft; {@code qualificationId} is the catalogue
     * entry an award becomes (see {@link #catalogueEntry}). Refused with every problem of the terms at once. The
     * service checks that no other scheme has the code, and that the competencies, qualifications and bodies the
     * areas and criteria name exist.
     */
    public static RecognitionScheme define(long bodyId, long qualificationId, Terms terms, Instant now) {
        InvalidInputException.throwIfAny(problems(terms));
        RecognitionScheme scheme = new RecognitionScheme();
        scheme.bodyId = bodyId;
        scheme.qualificationId = qualificationId;
        scheme.refereesRequired = REFEREES;
        scheme.status = SchemeStatus.DRAFT;
        scheme.createdAt = now;
        scheme.write(terms);
        return scheme;
    }

    /**
     * The catalogue entry an award of a scheme with these terms becomes, for the service to store before
     * {@link #define defining} the scheme: a professional registration awarded by the body, renewed every validity
     * period. The code is the scheme's; the service checks the catalogue has no entry with it.
     */
    public static Qualification catalogueEntry(Terms terms, String bodyName) {
        InvalidInputException.throwIfAny(problems(terms));
        return new Qualification(normalCode(terms.code()), terms.name().trim(), bodyName,
                QualificationKind.PROFESSIONAL_REGISTRATION, null, terms.validityYears() * 12);
    }

    /** Brings the scheme's catalogue entry in step with a revised name or validity. */
    public void describe(Qualification entry, String bodyName) {
        if (!Objects.equals(entry.getId(), qualificationId)) {
            throw new IllegalArgumentException("Not this scheme's catalogue entry");
        }
        entry.describe(code, name, bodyName, entry.getKind(), entry.getLevel(), validityYears * 12);
    }

    /**
     * Every problem with the terms as given, fields named as the API names them: {@code areas[2].wordLimit},
     * {@code criteria[0].minLevel}.
     */
    public static List<FieldProblem> problems(Terms t) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = normalCode(t.code());
        if (code == null || code.length() > CODE_LENGTH || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "Give a code of 1 to " + CODE_LENGTH
                    + " letters, digits or hyphens, starting with a letter or a digit."));
        }
        if (t.name() == null || t.name().isBlank() || t.name().trim().length() > NAME_LENGTH) {
            problems.add(new FieldProblem("name", "Give the scheme's name (at most " + NAME_LENGTH + " characters)."));
        }
        if (t.summary() == null || t.summary().isBlank() || t.summary().trim().length() > SUMMARY_LENGTH) {
            problems.add(new FieldProblem("summary", "Say what the recognition means and who it is for (at most "
                    + "4,000 characters)."));
        }
        if (t.postNominal() != null && t.postNominal().trim().length() > POST_NOMINAL_LENGTH) {
            problems.add(new FieldProblem("postNominal", "Post-nominal letters have at most " + POST_NOMINAL_LENGTH
                    + " characters."));
        }
        if (t.roleCode() != null && t.roleCode().trim().length() > ROLE_CODE_LENGTH) {
            problems.add(new FieldProblem("roleCode", "A role profile's code has at most " + ROLE_CODE_LENGTH
                    + " characters."));
        }
        List<SchemeArea.Given> areas = t.areas() == null ? List.of() : t.areas();
        if (areas.isEmpty() || areas.size() > MOST_AREAS) {
            problems.add(new FieldProblem("areas", "Give 1 to " + MOST_AREAS + " areas of competence to assess."));
        }
        Set<Long> competencies = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            SchemeArea.Given area = areas.get(i);
            problems.addAll(SchemeArea.problems(area, "areas[" + i + "]."));
            if (area != null && area.competencyId() != null && !competencies.add(area.competencyId())) {
                problems.add(new FieldProblem("areas[" + i + "].competencyId", "Each area is a different "
                        + "competency; this one is assessed already."));
            }
        }
        List<Criterion.Given> criteria = t.criteria() == null ? List.of() : t.criteria();
        if (criteria.size() > MOST_CRITERIA) {
            problems.add(new FieldProblem("criteria", "Give at most " + MOST_CRITERIA + " eligibility criteria."));
        }
        for (int i = 0; i < criteria.size(); i++) {
            problems.addAll(Criterion.problems(criteria.get(i), "criteria[" + i + "]."));
        }
        if (t.evidenceFilesRequired() == null || t.evidenceFilesRequired() < 0
                || t.evidenceFilesRequired() > MOST_EVIDENCE_FILES) {
            problems.add(new FieldProblem("evidenceFilesRequired", "Ask for 0 to " + MOST_EVIDENCE_FILES
                    + " evidence files."));
        }
        if (t.validityYears() == null || t.validityYears() < 1 || t.validityYears() > MOST_VALIDITY_YEARS) {
            problems.add(new FieldProblem("validityYears", "An award lasts 1 to " + MOST_VALIDITY_YEARS + " years."));
        }
        if (t.renewalRule() != null && t.renewalRule().trim().length() > RENEWAL_RULE_LENGTH) {
            problems.add(new FieldProblem("renewalRule", "Say how an award is renewed in at most 2,000 characters."));
        }
        return problems;
    }

    /**
     * A body administrator changes the terms. Refused with every problem at once; then, once the scheme has
     * opened, refused if the code changes, or if what applications are assessed on changes while
     * {@code applicationsInProgress} (the service's answer to whether any application to the scheme is
     * {@link ApplicationState#inProgress() in progress}).
     */
    public void revise(Terms terms, boolean applicationsInProgress) {
        InvalidInputException.throwIfAny(problems(terms));
        if (status != SchemeStatus.DRAFT) {
            if (!normalCode(terms.code()).equals(code)) {
                throw new ConflictException("code", "The scheme has been open to applications: its code stays "
                        + code + ", as applications and awards name it.");
            }
            if (applicationsInProgress) {
                assessedTermsUnchanged(terms);
            }
        }
        write(terms);
    }

    private void assessedTermsUnchanged(Terms t) {
        String meanwhile = " while applications are in progress: every one is decided or withdrawn first.";
        if (!t.areas().stream().map(SchemeArea::new).toList().equals(areas)) {
            throw new ConflictException("areas", "The areas assessed stay as they are" + meanwhile);
        }
        if (!Criterion.ofAll(t.criteria(), "criteria").equals(criteria)) {
            throw new ConflictException("criteria", "The eligibility criteria stay as they are" + meanwhile);
        }
        if (t.evidenceFilesRequired() != evidenceFilesRequired) {
            throw new ConflictException("evidenceFilesRequired", "The number of evidence files asked for stays as it"
                    + " is" + meanwhile);
        }
        if (Boolean.TRUE.equals(t.interviewHeld()) != interviewHeld) {
            throw new ConflictException("interviewHeld", "Whether an interview is held stays as it is" + meanwhile);
        }
    }

    private void write(Terms t) {
        this.code = normalCode(t.code());
        this.name = t.name().trim();
        this.summary = t.summary().trim();
        this.postNominal = blankToNull(t.postNominal());
        this.roleCode = blankToNull(t.roleCode());
        this.areas.clear();
        t.areas().forEach(a -> areas.add(new SchemeArea(a)));
        this.criteria.clear();
        this.criteria.addAll(Criterion.ofAll(t.criteria(), "criteria"));
        this.evidenceFilesRequired = t.evidenceFilesRequired();
        this.interviewHeld = Boolean.TRUE.equals(t.interviewHeld());
        this.validityYears = t.validityYears();
        this.renewalRule = blankToNull(t.renewalRule());
    }

    /** The terms as they stand, ready to be changed. */
    public Terms terms() {
        return new Terms(code, name, summary, postNominal, roleCode, areas.stream().map(SchemeArea::given).toList(),
                criteria.stream().map(Criterion::given).toList(), evidenceFilesRequired, interviewHeld, validityYears,
                renewalRule);
    }

    /** The scheme opens to applications: from a draft, or again after it closed. */
    public void open(Instant now) {
        if (status == SchemeStatus.OPEN) {
            throw new ConflictException("status", "The scheme is open to applications already.");
        }
        status = SchemeStatus.OPEN;
        openedAt = now;
        closedAt = null;
    }

    /** The scheme takes no new applications; those already started go on (drafts are no longer submitted). */
    public void close(Instant now) {
        if (status != SchemeStatus.OPEN) {
            throw new ConflictException("status", status == SchemeStatus.DRAFT
                    ? "A draft scheme has not opened, so it cannot close." : "The scheme is closed already.");
        }
        status = SchemeStatus.CLOSED;
        closedAt = now;
    }

    /** Whether engineers may start and submit applications. */
    public boolean acceptsApplications() {
        return status == SchemeStatus.OPEN;
    }

    /** The area assessing this competency, if one does. */
    public Optional<SchemeArea> area(long competencyId) {
        return areas.stream().filter(a -> a.getCompetencyId() == competencyId).findFirst();
    }

    /** The place (from 0) of the area assessing this competency; -1 when none does. */
    public int areaIndex(long competencyId) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).getCompetencyId() == competencyId) {
                return i;
            }
        }
        return -1;
    }

    private static String normalCode(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() { return id; }
    public Long getBodyId() { return bodyId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getSummary() { return summary; }
    public String getPostNominal() { return postNominal; }
    public String getRoleCode() { return roleCode; }
    public List<SchemeArea> getAreas() { return List.copyOf(areas); }
    public List<Criterion> getCriteria() { return List.copyOf(criteria); }
    public int getEvidenceFilesRequired() { return evidenceFilesRequired; }
    /** Always {@value #REFEREES}; kept in case a body ever asks for another number. */
    public int getRefereesRequired() { return refereesRequired; }
    public boolean isInterviewHeld() { return interviewHeld; }
    public int getValidityYears() { return validityYears; }
    public String getRenewalRule() { return renewalRule; }
    public Long getQualificationId() { return qualificationId; }
    public SchemeStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
}
