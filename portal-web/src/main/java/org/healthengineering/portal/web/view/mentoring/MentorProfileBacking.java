package org.healthengineering.portal.web.view.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.mentoring.MentorProfiles;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.mentoring.MentorProfile;
import org.healthengineering.portal.domain.mentoring.SupportedCompetency;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** One supported competency being edited. */
    public record Row(long competencyId, String label, int level) implements Serializable {
    }

    private String region;
    private Integer capacity = 2;
    private String availability;
    private String about;
    private boolean published;
    private List<Row> rows = new ArrayList<>();
    private Long newCompetency;
    private Integer newLevel;

    public void load() {
        MentorProfile profile = profiles.mine();
        if (profile != null) {
            region = profile.getRegion();
            capacity = profile.getCapacity();
            availability = profile.getAvailability();
            about = profile.getAbout();
            published = profile.isPublished();
            Map<Long, Competency> names = catalogue.competencies(profile.getCompetencies().stream()
                    .map(SupportedCompetency::getCompetencyId).toList());
            rows = new ArrayList<>(profile.getCompetencies().stream().map(c -> new Row(c.getCompetencyId(),
                    label(names.get(c.getCompetencyId())), c.getLevel())).toList());
        }
    }

    public List<Competency> getPublishedCompetencies() {
        return catalogue.publishedCompetencies();
    }

    public void addRow() {
        if (newCompetency == null || newLevel == null) {
            messages.error("Choose a competency and your level in it.");
            return;
        }
        rows.removeIf(r -> r.competencyId() == newCompetency);
        Competency c = catalogue.competencies(List.of(newCompetency)).get(newCompetency);
        rows.add(new Row(newCompetency, label(c), newLevel));
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
        messages.info(published ? "Your profile is published." : "Your profile is saved (not published).");
    }

    private static String label(Competency c) {
        return c == null ? "?" : c.getCode() + " " + c.getTitle();
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
