package org.healthengineering.portal.domain.vacancy;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hospital's vacancy and its person specification. A hospital administrator drafts it (title, an optional
 * leadership post it fills and role profile it asks for, band, location, hours, closing date, description, and the
 * specification: criteria of the eligibility engine, each essential or desirable), publishes it (open until the end
 * of its closing date), names at least two shortlisters among the hospital's members, and withdraws it with a reason
 * if it must. Once applications have arrived the specification can no longer change, so every applicant is judged
 * against what they applied to. After the closing date it closes; the shortlisters score the anonymised applications
 * until the hospital closes shortlisting, after which names are shown; it is decided when someone is appointed.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int BAND_LENGTH = 20;
    public static final int LOCATION_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 20_000;
    public static final int REASON_LENGTH = 2000;
    public static final int MAX_CRITERIA = 30;
    public static final int MIN_SHORTLISTERS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "hospital_id", nullable = false, updatable = false)
    private Long hospitalId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "role_code", length = Criterion.ROLE_CODE_LENGTH)
    private String roleCode;

    @Column(name = "band", nullable = false, length = BAND_LENGTH)
    private String band;

    @Column(name = "location", nullable = false, length = LOCATION_LENGTH)
    private String location;

    @Column(name = "hours_per_week", nullable = false, precision = 4, scale = 1)
    private BigDecimal hoursPerWeek;

    @Column(name = "closing_date", nullable = false)
    private LocalDate closingDate;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VacancyStatus status;

    @Column(name = "withdrawal_reason", length = REASON_LENGTH)
    private String withdrawalReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "shortlisting_closed_at")
    private Instant shortlistingClosedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_criterion", joinColumns = @JoinColumn(name = "vacancy_id"))
    @OrderBy("position")
    private List<SpecCriterion> specification = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_shortlister", joinColumns = @JoinColumn(name = "vacancy_id"))
    @Column(name = "account_id")
    private Set<Long> shortlisters = new HashSet<>();

    @Version
    @Column(name = "version")
    private int version;

    protected Vacancy() {
    }

    /** What a hospital says about a vacancy; {@code postId} and {@code roleCode} may be empty. */
    public record Details(String title, Long postId, String roleCode, String band, String location,
                          BigDecimal hoursPerWeek, LocalDate closingDate, String description) {
    }

    /** Drafts a vacancy; every problem with the details and the specification is reported at once. */
    public static Vacancy draft(long hospitalId, Details details, List<SpecCriterion.Given> specification,
                                long createdBy, LocalDate today, Instant now) {
        Vacancy v = new Vacancy();
        v.hospitalId = hospitalId;
        v.status = VacancyStatus.DRAFT;
        v.createdBy = createdBy;
        v.createdAt = now;
        v.apply(details, specification, today, now);
        return v;
    }

    /**
     * Changes the details and the specification. A draft or open vacancy only; once applications have arrived the
     * specification must stay exactly as it is (applicants were judged against it).
     */
    public void revise(Details details, List<SpecCriterion.Given> specification, boolean applicationsArrived,
                       LocalDate today, Instant now) {
        if (status != VacancyStatus.DRAFT && status != VacancyStatus.OPEN) {
            throw new ConflictException("status", "This vacancy is " + status.phrase() + "; it no longer changes.");
        }
        List<SpecCriterion> checked = checked(details, specification, today);
        if (applicationsArrived && !checked.equals(this.specification)) {
            throw new ConflictException("specification", "Applications have arrived: the person specification can"
                    + " no longer change, so that every applicant is judged against the same criteria.");
        }
        apply(details, specification, today, now);
    }

    private void apply(Details details, List<SpecCriterion.Given> given, LocalDate today, Instant now) {
        List<SpecCriterion> checked = checked(details, given, today);
        title = details.title().trim();
        postId = details.postId();
        roleCode = blankToNull(details.roleCode());
        band = details.band().trim();
        location = details.location().trim();
        hoursPerWeek = details.hoursPerWeek();
        closingDate = details.closingDate();
        description = details.description().trim();
        specification.clear();
        specification.addAll(checked);
        updatedAt = now;
    }

    /** The specification as given, once the details and every criterion are checked (every problem at once). */
    private static List<SpecCriterion> checked(Details details, List<SpecCriterion.Given> given, LocalDate today) {
        List<FieldProblem> problems = problems(details, today);
        List<SpecCriterion.Given> list = given == null ? List.of() : given;
        if (list.size() > MAX_CRITERIA) {
            problems.add(new FieldProblem("specification", "A specification holds at most " + MAX_CRITERIA
                    + " criteria."));
        }
        for (int i = 0; i < list.size(); i++) {
            SpecCriterion.Given g = list.get(i);
            problems.addAll(Criterion.problems(g == null ? null : g.criterion(), "specification[" + i + "]."));
        }
        InvalidInputException.throwIfAny(problems);
        return specification(list);
    }

    private static List<SpecCriterion> specification(List<SpecCriterion.Given> given) {
        List<SpecCriterion> list = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                list.add(new SpecCriterion(i + 1, given.get(i).essential(), Criterion.of(given.get(i).criterion())));
            }
        }
        return list;
    }

    private static List<FieldProblem> problems(Details d, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d == null) {
            problems.add(new FieldProblem("title", "Give the vacancy's details."));
            return problems;
        }
        text(d.title(), TITLE_LENGTH, "title", "Give the vacancy a title.", problems);
        text(d.band(), BAND_LENGTH, "band", "Give the pay band, e.g. Band 8c.", problems);
        text(d.location(), LOCATION_LENGTH, "location", "Say where the post is based.", problems);
        text(d.description(), DESCRIPTION_LENGTH, "description", "Describe the post.", problems);
        if (d.roleCode() != null && d.roleCode().trim().length() > Criterion.ROLE_CODE_LENGTH) {
            problems.add(new FieldProblem("roleCode", "Use at most " + Criterion.ROLE_CODE_LENGTH + " characters."));
        }
        if (d.hoursPerWeek() == null || d.hoursPerWeek().signum() <= 0
                || d.hoursPerWeek().compareTo(new BigDecimal("60")) > 0 || d.hoursPerWeek().scale() > 1) {
            problems.add(new FieldProblem("hoursPerWeek", "Give the hours a week, more than 0 and at most 60, to a"
                    + " tenth of an hour (37.5 is full time)."));
        }
        if (d.closingDate() == null) {
            problems.add(new FieldProblem("closingDate", "Give the closing date."));
        } else if (!d.closingDate().isAfter(today)) {
            problems.add(new FieldProblem("closingDate", "The closing date is after today."));
        }
        return problems;
    }

    private static void text(String value, int max, String field, String missing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, missing));
        } else if (value.trim().length() > max) {
            problems.add(new FieldProblem(field, "Use at most " + max + " characters."));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    // ------------------------------------------------------------------ lifecycle

    /** Opens the vacancy to applications: it needs at least one essential criterion and a closing date ahead. */
    public void publish(LocalDate today, Instant now) {
        if (status != VacancyStatus.DRAFT) {
            throw new ConflictException("status", "This vacancy is " + status.phrase() + ", not a draft.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (specification.stream().noneMatch(SpecCriterion::isEssential)) {
            problems.add(new FieldProblem("specification", "Give at least one essential criterion before"
                    + " publishing."));
        }
        if (!closingDate.isAfter(today)) {
            problems.add(new FieldProblem("closingDate", "The closing date has passed; set a later one."));
        }
        InvalidInputException.throwIfAny(problems);
        status = VacancyStatus.OPEN;
        publishedAt = now;
        updatedAt = now;
    }

    /** Whether an application may be made or withdrawn today: open, up to the end of the closing date. */
    public boolean acceptsApplications(LocalDate today) {
        return status == VacancyStatus.OPEN && !today.isAfter(closingDate);
    }

    /** Closes it to applications once its closing date has passed; answers whether it closed now. */
    public boolean closeIfDue(LocalDate today, Instant now) {
        if (status != VacancyStatus.OPEN || !today.isAfter(closingDate)) {
            return false;
        }
        status = VacancyStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
        return true;
    }

    /** Withdraws the vacancy, with the reason applicants are told. Not once decided. */
    public void withdraw(String reason, Instant now) {
        if (status == VacancyStatus.DECIDED || status == VacancyStatus.WITHDRAWN) {
            throw new ConflictException("status", "This vacancy is " + status.phrase() + ".");
        }
        String text = blankToNull(reason);
        if (text == null) {
            throw InvalidInputException.of("reason", "Say why the vacancy is withdrawn; applicants are told.");
        }
        if (text.length() > REASON_LENGTH) {
            throw InvalidInputException.of("reason", "Use at most " + REASON_LENGTH + " characters.");
        }
        withdrawalReason = text;
        status = VacancyStatus.WITHDRAWN;
        updatedAt = now;
    }

    /**
     * Names the shortlisters: at least two, each a member of the hospital ({@code members}). Not once shortlisting is
     * closed.
     */
    public void chooseShortlisters(Set<Long> chosen, Set<Long> members, Instant now) {
        if (status == VacancyStatus.WITHDRAWN || status == VacancyStatus.DECIDED || shortlistingClosedAt != null) {
            throw new ConflictException("shortlisters", "Shortlisting of this vacancy is over.");
        }
        Set<Long> ids = chosen == null ? Set.of() : chosen;
        List<FieldProblem> problems = new ArrayList<>();
        if (ids.size() < MIN_SHORTLISTERS) {
            problems.add(new FieldProblem("shortlisters", "Name at least " + MIN_SHORTLISTERS + " shortlisters, so"
                    + " that every application is scored independently twice."));
        }
        if (!members.containsAll(ids)) {
            problems.add(new FieldProblem("shortlisters", "Shortlisters are members of the hospital."));
        }
        InvalidInputException.throwIfAny(problems);
        shortlisters.clear();
        shortlisters.addAll(ids);
        updatedAt = now;
    }

    /** Whether the account shortlists this vacancy. */
    public boolean isShortlister(long accountId) {
        return shortlisters.contains(accountId);
    }

    /** Whether the shortlisters may score now: closed to applications, shortlisting not yet closed. */
    public boolean isScoring() {
        return status == VacancyStatus.CLOSED && shortlistingClosedAt == null;
    }

    /** Whether applicants are still anonymous to the shortlisters. */
    public boolean isAnonymised() {
        return shortlistingClosedAt == null;
    }

    /**
     * Closes shortlisting once every application has its shortlisting decision ({@code undecided} counts those
     * without); names are shown from then on.
     */
    public void closeShortlisting(long undecided, Instant now) {
        if (!isScoring()) {
            throw new ConflictException("status", status == VacancyStatus.OPEN
                    ? "The vacancy is still open to applications until the end of " + DateText.day(closingDate) + "."
                    : "Shortlisting of this vacancy is over.");
        }
        if (undecided > 0) {
            throw new ConflictException("shortlisting", undecided + " application(s) still wait for the"
                    + " shortlisting decision.");
        }
        shortlistingClosedAt = now;
        updatedAt = now;
    }

    /** Marks the vacancy decided when its appointment is made. */
    public void decided(Instant now) {
        if (status != VacancyStatus.CLOSED) {
            throw new ConflictException("status", "This vacancy is " + status.phrase() + ".");
        }
        status = VacancyStatus.DECIDED;
        updatedAt = now;
    }

    /** The specification's criteria, in order, for the eligibility engine. */
    public List<Criterion> criteria() {
        return specification.stream().map(SpecCriterion::getCriterion).toList();
    }

    /** The criterion at a position of the specification (1-based). */
    public SpecCriterion criterion(int position) {
        return specification.stream().filter(c -> c.getPosition() == position).findFirst()
                .orElseThrow(() -> InvalidInputException.of("position", "The specification has no criterion "
                        + position + "."));
    }

    public Long getId() { return id; }
    public Long getHospitalId() { return hospitalId; }
    public String getTitle() { return title; }
    public Long getPostId() { return postId; }
    public String getRoleCode() { return roleCode; }
    public String getBand() { return band; }
    public String getLocation() { return location; }
    public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public LocalDate getClosingDate() { return closingDate; }
    public String getDescription() { return description; }
    public VacancyStatus getStatus() { return status; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getShortlistingClosedAt() { return shortlistingClosedAt; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<SpecCriterion> getSpecification() { return List.copyOf(specification); }
    public Set<Long> getShortlisters() { return Set.copyOf(shortlisters); }
}
