package org.healthengineering.portal.domain.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a mentor offers: competencies they can support (with their level), capacity, region and availability. */
@Entity
@Table(name = "mentor_profile")
public class MentorProfile {

    public static final int MAX_CAPACITY = 20;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "region", nullable = false, length = 100)
    private String region;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "availability", nullable = false, length = 500)
    private String availability;

    @Column(name = "about", length = 2000)
    private String about;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentor_competency", joinColumns = @JoinColumn(name = "account_id"))
    private Set<SupportedCompetency> competencies = new HashSet<>();

    @Version
    @Column(name = "version")
    private int version;

    protected MentorProfile() {
    }

    /** What a mentor says of themselves; {@code competencies} maps competency ids to the mentor's level. */
    public record Offer(String region, Integer capacity, String availability, String about, boolean published,
                        Map<Long, Integer> competencies) {
    }

    public MentorProfile(long accountId, Offer offer, Instant now) {
        this.accountId = accountId;
        offer(offer, now);
    }

    /** Replaces the offer; the caller has checked the levels against each competency's scale. */
    public final void offer(Offer offer, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (offer.region() == null || offer.region().isBlank() || offer.region().length() > 100) {
            problems.add(new FieldProblem("region", "Give your region (at most 100 characters)."));
        }
        if (offer.capacity() == null || offer.capacity() < 0 || offer.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "Capacity is 0 to " + MAX_CAPACITY + " mentees."));
        }
        if (offer.availability() == null || offer.availability().isBlank() || offer.availability().length() > 500) {
            problems.add(new FieldProblem("availability", "Say when you are available (at most 500 characters)."));
        }
        if (offer.about() != null && offer.about().length() > 2000) {
            problems.add(new FieldProblem("about", "Use at most 2,000 characters."));
        }
        if (offer.published() && (offer.competencies() == null || offer.competencies().isEmpty())) {
            problems.add(new FieldProblem("competencies", "Name at least one competency you can support before"
                    + " publishing."));
        }
        InvalidInputException.throwIfAny(problems);
        this.region = offer.region().trim();
        this.capacity = offer.capacity();
        this.availability = offer.availability().trim();
        this.about = offer.about() == null || offer.about().isBlank() ? null : offer.about().trim();
        this.published = offer.published();
        this.updatedAt = now;
        this.competencies.clear();
        if (offer.competencies() != null) {
            offer.competencies().forEach((id, level) -> competencies.add(new SupportedCompetency(id, level)));
        }
    }

    public Long getAccountId() { return accountId; }
    public String getRegion() { return region; }
    public int getCapacity() { return capacity; }
    public String getAvailability() { return availability; }
    public String getAbout() { return about; }
    public boolean isPublished() { return published; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<SupportedCompetency> getCompetencies() { return Set.copyOf(competencies); }
}
