package org.healthengineering.portal.web.view.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.mentoring.MentorProfiles;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.domain.mentoring.MentorProfile;
import org.healthengineering.portal.domain.mentoring.SupportedCompetency;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.frameworks.ScaleWords;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A mentor's own profile: what they offer, and the competencies they support at their level. */
@Named
@ViewScoped
public class MentorProfileBacking implements Serializable {

    @Inject
    MentorProfiles profiles;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    PageMessages messages;

    @Inject
    ScaleWords scaleWords;

    /** One supported competency being edited, with the level in its framework's words. */
    public record Row(long competencyId, String label, int level, String levelWords) implements Serializable {
    }

    private String region;
    private Integer capacity = 2;
    private String availability;
    private String about;
    private boolean published;
    private List<Row> rows = new ArrayList<>();
    private List<Choice> publishedCompetencies;
    private Long newCompetency;
    private Integer newLevel;

    public void load() {
        publishedCompetencies = catalogue.publishedCompetencies().stream()
                .map(c -> new Choice(c.getId(), label(c))).toList();
        MentorProfile profile = profiles.mine();
        if (profile != null) {
            region = profile.getRegion();
            capacity = profile.getCapacity();
            availability = profile.getAvailability();
            about = profile.getAbout();
            published = profile.isPublished();
            List<Long> ids = profile.getCompetencies().stream().map(SupportedCompetency::getCompetencyId).toList();
            Map<Long, Competency> names = catalogue.competencies(ids);
            Map<Long, List<ProficiencyLevel>> scales = catalogue.scales(ids);
            rows = new ArrayList<>(profile.getCompetencies().stream().map(c -> new Row(c.getCompetencyId(),
                    label(names.get(c.getCompetencyId())), c.getLevel(),
                    scaleWords.of(scales.get(c.getCompetencyId()), c.getLevel()))).toList());
        }
    }

    /** Competencies of every published framework, read once per view. */
    public List<Choice> getPublishedCompetencies() {
        return publishedCompetencies;
    }

    /** Adds (or replaces) a supported competency, once its level is on that competency's scale. */
    public void addRow() {
        List<FieldProblem> problems = new ArrayList<>();
        if (newCompetency == null) {
            problems.add(new FieldProblem("new-competency", messages.text("mentorProfile.chooseCompetency")));
        }
        if (newLevel == null) {
            problems.add(new FieldProblem("new-level", messages.text("mentorProfile.chooseLevel")));
        }
        InvalidInputException.throwIfAny(problems);
        List<ProficiencyLevel> scale = catalogue.scales(List.of(newCompetency)).getOrDefault(newCompetency, List.of());
        if (scale.stream().noneMatch(l -> l.getLevel() == newLevel)) {
            throw InvalidInputException.of("new-level", messages.text("mentorProfile.levelOffScale",
                    scale.stream().map(l -> scaleWords.of(scale, l.getLevel())).collect(Collectors.joining("; "))));
        }
        rows.removeIf(r -> r.competencyId() == newCompetency);
        Competency c = catalogue.competencies(List.of(newCompetency)).get(newCompetency);
        rows.add(new Row(newCompetency, label(c), newLevel, scaleWords.of(scale, newLevel)));
        newCompetency = null;
        newLevel = null;
    }

    public void removeRow(long competencyId) {
        rows.removeIf(r -> r.competencyId() == competencyId);
    }

    public void save() {
        Map<Long, Integer> competencies = new LinkedHashMap<>();
        rows.forEach(r -> competencies.put(r.competencyId(), r.level()));
        profiles.offer(new MentorProfile.Offer(region, capacity, availability, about, published, competencies));
        messages.info(published ? "mentorProfile.published" : "mentorProfile.saved");
    }

    private static String label(Competency c) {
        return c == null ? "" : c.getCode() + " " + c.getTitle();
    }

    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getAvailability() { return availability; }
    public void setAvailability(String availability) { this.availability = availability; }
    public String getAbout() { return about; }
    public void setAbout(String about) { this.about = about; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public List<Row> getRows() { return rows; }
    public Long getNewCompetency() { return newCompetency; }
    public void setNewCompetency(Long newCompetency) { this.newCompetency = newCompetency; }
    public Integer getNewLevel() { return newLevel; }
    public void setNewLevel(Integer newLevel) { this.newLevel = newLevel; }
}
