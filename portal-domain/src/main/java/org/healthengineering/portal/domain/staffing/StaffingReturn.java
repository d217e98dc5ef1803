package org.healthengineering.portal.domain.staffing;

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

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One revision of a hospital's staffing return for a quarter: a line for every staff group. Returns are never
 * changed; a correction is the next revision, and the latest revision is the one benchmarking uses.
 */
@Entity
@Table(name = "staffing_return")
public class StaffingReturn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "hospital_id", nullable = false, updatable = false)
    private Long hospitalId;

    @Column(name = "period", nullable = false, updatable = false, length = 7)
    private String period;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "submitted_by_id", updatable = false)
    private Long submittedById;

    @Column(name = "submitted_by_email", nullable = false, updatable = false, length = 254)
    private String submittedByEmail;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 10)
    private Source source;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staffing_return_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderBy("group")
    private List<StaffingLine> lines = new ArrayList<>();

    protected StaffingReturn() {
    }

    /** Who submits a return, and when. */
    public record Submission(Long accountId, String email, Instant at, Source source, String note) {
    }

    /**
     * The next revision of a quarter's return. Every staff group must appear exactly once; all problems are
     * reported together, each named {@code lines[i].field}.
     */
    public static StaffingReturn revision(long hospitalId, Quarter quarter, int previousRevision,
                                          List<StaffingLine.Figures> figures, Submission submission) {
        List<FieldProblem> problems = problems(figures);
        if (submission.note() != null && submission.note().length() > 500) {
            problems.add(new FieldProblem("note", "A note has at most 500 characters."));
        }
        InvalidInputException.throwIfAny(problems);
        StaffingReturn staffingReturn = new StaffingReturn();
        staffingReturn.hospitalId = hospitalId;
        staffingReturn.period = quarter.toString();
        staffingReturn.revision = previousRevision + 1;
        staffingReturn.submittedById = submission.accountId();
        staffingReturn.submittedByEmail = submission.email();
        staffingReturn.submittedAt = submission.at();
        staffingReturn.source = submission.source();
        staffingReturn.note = submission.note() == null || submission.note().isBlank() ? null
                : submission.note().trim();
        figures.stream().sorted(Comparator.comparing(StaffingLine.Figures::group))
                .forEach(f -> staffingReturn.lines.add(new StaffingLine(f)));
        return staffingReturn;
    }

    /** Takes the id the database gave a return written in bulk over JDBC rather than through JPA. */
    public void stored(long generatedId) {
        if (id != null) {
            throw new IllegalStateException("Return " + id + " is already stored");
        }
        this.id = generatedId;
    }

    /** What is wrong with a quarter's figures: each line's own problems, and missing or repeated groups. */
    public static List<FieldProblem> problems(List<StaffingLine.Figures> figures) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<StaffGroup, Integer> seen = new EnumMap<>(StaffGroup.class);
        for (int i = 0; i < figures.size(); i++) {
            StaffingLine.Figures line = figures.get(i);
            problems.addAll(line.problems("lines[" + i + "]."));
            if (line.group() != null && seen.put(line.group(), i) != null) {
                problems.add(new FieldProblem("lines[" + i + "].staffGroup",
                        line.group().getLabel() + " appear twice; give each staff group once."));
            }
        }
        List<String> missing = java.util.Arrays.stream(StaffGroup.values()).filter(g -> !seen.containsKey(g))
                .map(StaffGroup::getLabel).toList();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("lines", "Give a line for every staff group (zeros for one you do not"
                    + " employ); missing: " + String.join(", ", missing) + "."));
        }
        return problems;
    }

    public QuarterTotals totals() {
        return QuarterTotals.of(lines);
    }

    public Quarter quarter() {
        return Quarter.parse(period, "period");
    }

    public Long getId() {
        return id;
    }

    public Long getHospitalId() {
        return hospitalId;
    }

    public String getPeriod() {
        return period;
    }

    public int getRevision() {
        return revision;
    }

    public Long getSubmittedById() {
        return submittedById;
    }

    public String getSubmittedByEmail() {
        return submittedByEmail;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Source getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public List<StaffingLine> getLines() {
        return List.copyOf(lines);
    }
}
