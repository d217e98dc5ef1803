package org.healthengineering.portal.domain.hospital;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hospital (or other care organisation) that describes its engineering leadership and staffing. A system
 * administrator creates it and decides who administers and who views it; its own administrators keep its
 * details current. Its figures are never shown to other hospitals' users.
 */
@Entity
@Table(name = "hospital")
public class Hospital implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private HospitalKind kind;

    @Column(name = "region", nullable = false, length = 100)
    private String region;

    @Column(name = "beds", nullable = false)
    private int beds;

    @Column(name = "medical_devices", nullable = false)
    private int medicalDevices;

    @Column(name = "consents_to_named", nullable = false)
    private boolean consentsToBeNamed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "parity_score")
    private Integer parityScore;

    @Column(name = "engineering_lead_post", nullable = false)
    private boolean engineeringLeadPost;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hospital_member", joinColumns = @JoinColumn(name = "hospital_id"))
    private Set<Member> members = new HashSet<>();

    @Version
    @Column(name = "version")
    private int version;

    protected Hospital() {
    }

    public Hospital(String code, String name, HospitalKind kind, String region, int beds, int medicalDevices,
                    boolean consentsToBeNamed, Instant now) {
        if (code == null || !code.trim().matches("[A-Za-z0-9\\-]{2,20}")) {
            throw InvalidInputException.of("code", "An organisation code is 2–20 letters, digits or dashes.");
        }
        this.code = code.trim().toUpperCase(java.util.Locale.ROOT);
        this.createdAt = now;
        describe(name, kind, region, beds, medicalDevices, consentsToBeNamed);
    }

    public final void describe(String name, HospitalKind kind, String region, int beds, int medicalDevices,
                               boolean consentsToBeNamed) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            problems.add(new FieldProblem("name", "Give the hospital's name (at most 200 characters)."));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose the kind of organisation."));
        }
        if (region == null || region.isBlank() || region.trim().length() > 100) {
            problems.add(new FieldProblem("region", "Give the region (at most 100 characters)."));
        }
        if (beds < 0 || beds > 10_000) {
            problems.add(new FieldProblem("beds", "Beds run from 0 to 10,000."));
        }
        if (medicalDevices < 0 || medicalDevices > 1_000_000) {
            problems.add(new FieldProblem("medicalDevices", "Medical devices run from 0 to 1,000,000."));
        }
        InvalidInputException.throwIfAny(problems);
        this.name = name.trim();
        this.kind = kind;
        this.region = region.trim();
        this.beds = beds;
        this.medicalDevices = medicalDevices;
        this.consentsToBeNamed = consentsToBeNamed;
    }

    /** Replaces who administers and who views the hospital. */
    public void assignMembers(Set<Long> administrators, Set<Long> boardViewers) {
        members.clear();
        administrators.forEach(id -> members.add(new Member(id, Membership.ADMIN)));
        boardViewers.forEach(id -> members.add(new Member(id, Membership.BOARD)));
    }

    /**
     * Keeps what benchmarking compares of the leadership structure: whether an engineering lead post exists and
     * the overall parity score (null when it cannot be computed).
     */
    public void recordLeadership(boolean engineeringLeadPost, Integer parityScore) {
        this.engineeringLeadPost = engineeringLeadPost;
        this.parityScore = parityScore;
    }

    /** What benchmarks compare of the hospital and which portal groups it falls in; equal when nothing of it changed. */
    public record BenchmarkTraits(HospitalKind kind, String region, int beds, int medicalDevices, boolean named,
                                  boolean engineeringLeadPost, Integer parityScore) {
    }

    public BenchmarkTraits benchmarkTraits() {
        return new BenchmarkTraits(kind, region, beds, medicalDevices, consentsToBeNamed, engineeringLeadPost,
                parityScore);
    }

    public Integer getParityScore() {
        return parityScore;
    }

    public boolean isEngineeringLeadPost() {
        return engineeringLeadPost;
    }

    public Set<Long> memberIds(Membership membership) {
        Set<Long> ids = new HashSet<>();
        members.stream().filter(m -> m.getMembership() == membership).forEach(m -> ids.add(m.getAccountId()));
        return ids;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public HospitalKind getKind() {
        return kind;
    }

    public String getRegion() {
        return region;
    }

    public int getBeds() {
        return beds;
    }

    public int getMedicalDevices() {
        return medicalDevices;
    }

    public boolean isConsentsToBeNamed() {
        return consentsToBeNamed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
