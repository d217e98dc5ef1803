package org.healthengineering.portal.web.view.accreditation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.accreditation.CourseDirectory;
import org.healthengineering.portal.domain.accreditation.Delivery;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.web.faces.Choice;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The public directory of accredited courses, for anyone: search by words, competency and level, body, provider,
 * delivery and date. An engineer's readiness gap links here with the competency and level filled in.
 */
@Named
@ViewScoped
public class DirectoryBacking implements Serializable {

    static final int PAGE = 20;

    @Inject
    CourseDirectory directory;

    private String text;
    private Long competency;
    private Integer level;
    private String body;
    private String provider;
    private Delivery delivery;
    private LocalDate from;
    private int offset;
    private Page<CourseDirectory.Entry> results;
    private CourseDirectory.Facets facets;

    @PostConstruct
    void facets() {
        facets = directory.facets();
    }

    /** Runs the search the page was opened with (its parameters), or lists every course. */
    public void load() {
        search();
    }

    public void search() {
        offset = 0;
        find();
    }

    public void next() {
        offset += PAGE;
        find();
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        find();
    }

    private void find() {
        results = directory.search(new CourseDirectory.Search(text, competency, level, body, provider, delivery, from,
                offset, PAGE));
    }

    public boolean isHasNext() {
        return offset + PAGE < results.total();
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    public int getShownFrom() {
        return results.total() == 0 ? 0 : offset + 1;
    }

    public long getShownTo() {
        return Math.min(results.total(), offset + PAGE);
    }

    public List<Choice> getCompetencyChoices() {
        return facets.competencies().stream().map(f -> new Choice(Long.valueOf(f.value()), f.label())).toList();
    }

    public List<Choice> getBodyChoices() {
        return facets.bodies().stream().map(f -> new Choice(f.value(), f.label())).toList();
    }

    public List<Choice> getProviderChoices() {
        return facets.providers().stream().map(f -> new Choice(f.value(), f.label())).toList();
    }

    public List<Choice> getLevels() {
        return IntStream.rangeClosed(1, 5).mapToObj(l -> new Choice(l, String.valueOf(l))).toList();
    }

    public Delivery[] getDeliveries() { return Delivery.values(); }
    public List<CourseDirectory.Entry> getEntries() { return results.items(); }
    public long getTotal() { return results.total(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getCompetency() { return competency; }
    public void setCompetency(Long competency) { this.competency = competency; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
}
