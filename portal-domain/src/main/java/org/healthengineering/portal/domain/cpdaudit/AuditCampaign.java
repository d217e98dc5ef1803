package org.healthengineering.portal.domain.cpdaudit;

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

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A body's CPD audit campaign. A body administrator opens it with its terms (the audit period, the sampling rate,
 * who is eligible, whether the sample is stratified by registration title, the submission deadline) and the
 * standards assessed; the terms may change until the sample is drawn. Drawing the sample records, for good, the seed;
 * the eligible list it was drawn from ({@link EligibleList}) is kept beside the campaign, so that anyone can
 * recompute the selection ({@link SampleSelection}) and {@link #verifies} can check the stored cases against it.
 */
@Entity
@Table(name = "audit_campaign")
public class AuditCampaign implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    /** The stratum of every registrant when the campaign is not stratified. */
    public static final String ONE_STRATUM = "All registrants";
    /** The stratum of registrants who gave no registration title, in a stratified campaign. */
    public static final String NO_TITLE = "No registration title";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "sampling_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal samplingRate;

    @Column(name = "minimum_years", nullable = false)
    private int minimumYears;

    @Column(name = "retired_included", nullable = false)
    private boolean retiredIncluded;

    @Column(name = "stratify_by_title", nullable = false)
    private boolean stratifyByTitle;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CampaignStatus status;

    @Column(name = "seed", length = 64)
    private String seed;

    @Column(name = "selected_at")
    private Instant selectedAt;

    @Column(name = "opened_by")
    private Long openedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_campaign_standard", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("position")
    private List<AuditStandard> standards = new ArrayList<>();

    @Version
    @Column(name = "version")
    private int version;

    /** A campaign's terms as given; every problem with them is reported at once. */
    public record Terms(String title, LocalDate periodStart, LocalDate periodEnd, BigDecimal samplingRate,
                        Integer minimumYears, Boolean retiredIncluded, Boolean stratifyByTitle, LocalDate deadline) {
    }

    protected AuditCampaign() {
    }

    /** A body administrator opens a campaign; {@code standards} are those it assesses (see {@link AuditStandard#of}). */
    public static AuditCampaign open(long bodyId, Terms terms, List<AuditStandard> standards, Long openedBy,
                                     LocalDate today, Instant now) {
        AuditCampaign campaign = new AuditCampaign();
        campaign.bodyId = bodyId;
        campaign.openedBy = openedBy;
        campaign.createdAt = now;
        campaign.status = CampaignStatus.OPEN;
        campaign.apply(terms, standards, today);
        return campaign;
    }

    /** Changes the terms and standards; only until the sample is drawn. */
    public void revise(Terms terms, List<AuditStandard> standards, LocalDate today) {
        if (status != CampaignStatus.OPEN) {
            throw new ConflictException("status", "The sample is drawn: the campaign's terms no longer change.");
        }
        apply(terms, standards, today);
    }

    private void apply(Terms t, List<AuditStandard> given, LocalDate today) {
        InvalidInputException.throwIfAny(problems(t, today));
        this.title = t.title().trim();
        this.periodStart = t.periodStart();
        this.periodEnd = t.periodEnd();
        this.samplingRate = t.samplingRate().stripTrailingZeros().setScale(4);
        this.minimumYears = t.minimumYears() == null ? Eligibility.standard().minimumYears() : t.minimumYears();
        this.retiredIncluded = Boolean.TRUE.equals(t.retiredIncluded());
        this.stratifyByTitle = t.stratifyByTitle() == null || t.stratifyByTitle();
        this.deadline = t.deadline();
        this.standards.clear();
        this.standards.addAll(given);
    }

    /** What is wrong with a campaign's terms as of {@code today}. */
    public static List<FieldProblem> problems(Terms t, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (t.title() == null || t.title().isBlank() || t.title().trim().length() > TITLE_LENGTH) {
            problems.add(new FieldProblem("title", "Give the campaign a title of at most " + TITLE_LENGTH
                    + " characters."));
        }
        if (t.periodStart() == null) {
            problems.add(new FieldProblem("periodStart", "Give the first day of the audit period."));
        }
        if (t.periodEnd() == null) {
            problems.add(new FieldProblem("periodEnd", "Give the last day of the audit period."));
        } else if (t.periodStart() != null && t.periodEnd().isBefore(t.periodStart())) {
            problems.add(new FieldProblem("periodEnd", "The audit period ends on or after its first day."));
        } else if (t.periodStart() != null && t.periodStart().plusYears(5).isBefore(t.periodEnd())) {
            problems.add(new FieldProblem("periodEnd", "An audit period lasts at most five years."));
        }
        BigDecimal rate = t.samplingRate();
        if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0
                || rate.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("samplingRate", "A sampling rate is a fraction above 0 and at most 1,"
                    + " with at most four decimals (0.025 samples 2.5%)."));
        }
        if (t.minimumYears() != null && (t.minimumYears() < 0 || t.minimumYears() > 50)) {
            problems.add(new FieldProblem("minimumYears", "Years of registration lie between 0 and 50."));
        }
        if (t.deadline() == null || !t.deadline().isAfter(today)) {
            problems.add(new FieldProblem("deadline", "The submission deadline is a day after today."));
        } else if (t.periodEnd() != null && !t.deadline().isAfter(t.periodEnd())) {
            problems.add(new FieldProblem("deadline", "The submission deadline falls after the audit period."));
        } else if (t.deadline().isAfter(today.plusYears(2))) {
            problems.add(new FieldProblem("deadline", "The submission deadline is at most two years away."));
        }
        return problems;
    }

    /** The stratum a registrant with this registration title falls in. */
    public String stratumOf(String registrationTitle) {
        if (!stratifyByTitle) {
            return ONE_STRATUM;
        }
        if (registrationTitle == null || registrationTitle.isBlank()) {
            return NO_TITLE;
        }
        String title = registrationTitle.trim();
        return title.length() > EligibleRegistrant.STRATUM_LENGTH
                ? title.substring(0, EligibleRegistrant.STRATUM_LENGTH) : title;
    }

    /**
     * Draws the sample from the eligible list with the seed, and records the seed; answers who is sampled. Only
     * once. The eligible list is kept for good beside the campaign by whoever stores it.
     */
    public List<SampleSelection.Sampled> select(String seed, EligibleList eligible, Instant now) {
        if (status != CampaignStatus.OPEN) {
            throw new ConflictException("status", "The sample of this campaign is drawn already.");
        }
        this.seed = seed;
        this.selectedAt = now;
        this.status = CampaignStatus.SAMPLED;
        return SampleSelection.select(seed, samplingRate, eligible.strata(), eligible.notEngagedBefore());
    }

    /** Whether the stored sample is exactly what the recorded seed and the eligible list recorded with it give. */
    public boolean verifies(EligibleList eligible, List<SampleSelection.Sampled> stored) {
        return status == CampaignStatus.SAMPLED
                && SampleSelection.matches(stored, seed, samplingRate, eligible.strata(), eligible.notEngagedBefore());
    }

    public Eligibility eligibility() {
        return new Eligibility(minimumYears, retiredIncluded);
    }

    public Set<String> standardCodes() {
        Set<String> codes = new java.util.LinkedHashSet<>();
        standards.forEach(s -> codes.add(s.getCode()));
        return codes;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getSamplingRate() {
        return samplingRate;
    }

    public int getMinimumYears() {
        return minimumYears;
    }

    public boolean isRetiredIncluded() {
        return retiredIncluded;
    }

    public boolean isStratifyByTitle() {
        return stratifyByTitle;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public String getSeed() {
        return seed;
    }

    public Instant getSelectedAt() {
        return selectedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<AuditStandard> getStandards() {
        return List.copyOf(standards);
    }

}
