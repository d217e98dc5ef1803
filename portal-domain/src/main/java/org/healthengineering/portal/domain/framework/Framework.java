package org.healthengineering.portal.domain.framework;

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
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A competency framework at one version. Its competencies form a tree (see {@link Competency}); its scale says
 * from which level a competency counts as proficient. A draft is edited; publishing freezes it; a new version
 * is a fresh draft copied from it, so whatever points at a published version keeps meaning the same thing;
 * retiring keeps it for history.
 *
 * <p>A framework is at most {@link #MAX_DEPTH} levels deep and holds at most {@link #MAX_COMPETENCIES} nodes,
 * however it is built (imported, added node by node, moved): real frameworks have fewer than ten levels and a
 * few thousand nodes, and the tree page, the API tree and the exports are built for frameworks a person can
 * read. Refusing beyond that, with a clear reason, is better than a page of megabytes or an export that fails.
 */
@Entity
@Table(name = "framework")
public class Framework implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_LENGTH = 40;
    public static final int TITLE_LENGTH = 200;
    public static final int VERSION_LENGTH = 40;
    /** The most levels a framework's tree may have; a top-level node is on level 1. */
    public static final int MAX_DEPTH = 20;
    /** The most nodes one framework may hold (the speed benchmark imports 10,000). */
    public static final int MAX_COMPETENCIES = 50_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "publisher", nullable = false, length = 200)
    private String publisher;

    @Column(name = "description")
    private String description;

    @Column(name = "licence", length = 1000)
    private String licence;

    @Column(name = "version_label", nullable = false, length = VERSION_LENGTH)
    private String versionLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private FrameworkStatus status;

    @Column(name = "case_identifier", nullable = false, length = 64)
    private String caseIdentifier;

    @Column(name = "case_uri", length = 500)
    private String caseUri;

    @Column(name = "proficient_from", nullable = false)
    private int proficientFrom;

    @Column(name = "previous_version_id")
    private Long previousVersionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proficiency_level", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderBy("level")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    @Version
    @Column(name = "version")
    private int version;

    protected Framework() {
    }

    /** A new draft from an interchange header and scale (already checked by {@link FrameworkPackage#problems()}). */
    public static Framework draft(FrameworkPackage.Header header, List<FrameworkPackage.Level> scale,
                                  Long previousVersionId, Instant now) {
        Framework framework = new Framework();
        framework.code = header.code().trim();
        framework.title = header.title().trim();
        framework.publisher = header.publisher().trim();
        framework.description = header.description();
        framework.licence = header.licence();
        framework.versionLabel = header.versionLabel().trim();
        framework.caseIdentifier = header.identifier().trim();
        framework.caseUri = header.uri();
        framework.proficientFrom = header.proficientFrom();
        framework.status = FrameworkStatus.DRAFT;
        framework.previousVersionId = previousVersionId;
        framework.createdAt = now;
        scale.forEach(level -> framework.levels.add(new ProficiencyLevel(level.level(), level.label(),
                level.description())));
        return framework;
    }

    public void publish(Instant now) {
        if (status != FrameworkStatus.DRAFT) {
            throw new ConflictException("status", "Only a draft can be published; this framework is "
                    + status.inSentence() + ".");
        }
        status = FrameworkStatus.PUBLISHED;
        publishedAt = now;
    }

    public void retire(Instant now) {
        if (status != FrameworkStatus.PUBLISHED) {
            throw new ConflictException("status", "Only a published framework can be retired; this one is "
                    + status.inSentence() + ".");
        }
        status = FrameworkStatus.RETIRED;
        retiredAt = now;
    }

    /** Throws unless the framework may still be edited. */
    public void requireDraft() {
        if (status != FrameworkStatus.DRAFT) {
            throw new ConflictException("status", "A " + status.inSentence()
                    + " framework cannot be changed; make a new version to edit it.");
        }
    }

    /**
     * Throws unless nodes {@code levels} deep (1 for a single node, more for a subtree being moved) may be placed
     * under a node on {@code parentLevel} (0 for the top) of this draft without the tree passing
     * {@link #MAX_DEPTH}.
     */
    public void requireDepthFor(int parentLevel, int levels) {
        requireDraft();
        if (parentLevel + levels > MAX_DEPTH) {
            throw InvalidInputException.of("parentId", "A framework may have at most " + MAX_DEPTH
                    + " levels; this would make it " + (parentLevel + levels) + " deep. Choose a parent higher up.");
        }
    }

    /** Throws unless this draft, holding {@code competencies} nodes now, may take one more. */
    public void requireRoomForAnother(long competencies) {
        requireDraft();
        if (competencies >= MAX_COMPETENCIES) {
            throw new ConflictException(null, "A framework may hold at most " + MAX_COMPETENCIES
                    + " competencies; this one is full.");
        }
    }

    /** Changes the descriptive details of a draft. */
    public void describe(String title, String publisher, String description, String licence) {
        requireDraft();
        this.title = title.trim();
        this.publisher = publisher.trim();
        this.description = description;
        this.licence = licence;
    }

    public boolean isReadableByEveryone() {
        return status != FrameworkStatus.DRAFT;
    }

    /** Whether {@code level} counts as proficient, given an optional per-competency threshold. */
    public boolean isProficient(int level, Integer competencyThreshold) {
        return level >= (competencyThreshold == null ? proficientFrom : competencyThreshold);
    }

    public Optional<ProficiencyLevel> level(int number) {
        return levels.stream().filter(l -> l.getLevel() == number).findFirst();
    }

    public int highestLevel() {
        return levels.stream().mapToInt(ProficiencyLevel::getLevel).max().orElse(0);
    }

    /**
     * The label suggested for the version after {@code label}: "1.0" → "2.0", "2024" → "2025", else "… (next)".
     * A date ("2024-06-01") or a date and time ("2017-09-22T23:13:54+00:00", what a CASE document without a
     * version gives) counts on as nothing sensible would, so it gets "… (next)" after its day.
     */
    public static String nextVersionLabel(String label) {
        if (label.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
            return label.substring(0, 10) + " (next)";
        }
        Matcher leading = Pattern.compile("^(\\D*)(\\d+)(.*)$").matcher(label);
        if (leading.matches()) {
            String rest = leading.group(3).replaceAll("\\d", "0");
            return leading.group(1) + (Long.parseLong(leading.group(2)) + 1) + rest;
        }
        return label + " (next)";
    }

    public FrameworkPackage.Header header() {
        return new FrameworkPackage.Header(caseIdentifier, caseUri, code, title, publisher, description, licence,
                versionLabel, proficientFrom, status);
    }

    public List<FrameworkPackage.Level> scale() {
        return levels.stream().map(l -> new FrameworkPackage.Level(l.getLevel(), l.getLabel(), l.getDescription()))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getDescription() {
        return description;
    }

    public String getLicence() {
        return licence;
    }

    /** The version as stored and exported: the label given, or the date and time a CASE document was changed. */
    public String getVersionLabel() {
        return versionLabel;
    }

    /** The version as a page shows it: see {@link #displayVersion(String)}. */
    public String displayVersion() {
        return displayVersion(versionLabel);
    }

    /**
     * A version label as people read it: the label itself, except that a date and time (a CASE document imported
     * without a version keeps its {@code lastChangeDateTime}, such as {@code 2017-09-22T23:13:54+00:00}) shows as
     * its day, "22 Sep 2017". The stored label, which tells versions apart and goes back out in exports, is kept.
     */
    public static String displayVersion(String label) {
        return label == null ? "" : DateText.dayOfTimestamp(label).map(DateText::day).orElse(label);
    }

    public FrameworkStatus getStatus() {
        return status;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }

    public String getCaseUri() {
        return caseUri;
    }

    public int getProficientFrom() {
        return proficientFrom;
    }

    public Long getPreviousVersionId() {
        return previousVersionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public List<ProficiencyLevel> getLevels() {
        return List.copyOf(levels);
    }
}
