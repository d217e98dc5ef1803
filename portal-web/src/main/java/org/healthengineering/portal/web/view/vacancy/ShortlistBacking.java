package org.healthengineering.portal.web.view.vacancy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.vacancy.FoundThen;
import org.healthengineering.portal.domain.vacancy.Score;
import org.healthengineering.portal.domain.vacancy.SpecCriterion;
import org.healthengineering.portal.domain.vacancy.Statement;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A shortlister's page for one vacancy: each application by its reference only (never a name), every criterion of
 * the specification with what the eligibility engine found when it was made and the applicant's statement, and a
 * score from 0 to 3 with a note, saved per application.
 */
@Named
@ViewScoped
public class ShortlistBacking implements Serializable {

    @Inject
    VacancyApplications applications;

    @Inject
    PageMessages messages;

    private Long id;
    private VacancyApplications.Shortlisted vacancy;
    private List<Card> cards;

    /** One criterion of one application, with the shortlister's score being given. */
    public static final class Line implements Serializable {
        private final int position;
        private final String criterion;
        private final boolean essential;
        private final FoundThen found;
        private final String statement;
        private Integer score;
        private String note;

        Line(int position, String criterion, boolean essential, FoundThen found, String statement, Integer score) {
            this.position = position;
            this.criterion = criterion;
            this.essential = essential;
            this.found = found;
            this.statement = statement;
            this.score = score;
        }

        public int getPosition() { return position; }
        public String getCriterion() { return criterion; }
        public boolean isEssential() { return essential; }
        public FoundThen getFound() { return found; }
        public String getStatement() { return statement; }
        public Integer getScore() { return score; }
        public void setScore(Integer score) { this.score = score; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** One anonymised application with its lines and evidence titles. */
    public record Card(long applicationId, String reference, List<String> evidence, List<Line> lines,
                       boolean scored) implements Serializable {
    }

    public void load() {
        vacancy = applications.shortlistedVacancy(id == null ? -1 : id);
        List<SpecCriterion> specification = vacancy.vacancy().getSpecification();
        cards = new ArrayList<>();
        for (VacancyApplications.ForShortlisting s : applications.forShortlisting(vacancy.vacancy().getId())) {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < specification.size(); i++) {
                int position = specification.get(i).getPosition();
                FoundThen found = s.application().findings().stream().filter(f -> f.getPosition() == position)
                        .findFirst().orElse(null);
                String statement = s.application().statements().stream().filter(t -> t.getPosition() == position)
                        .map(Statement::getText).findFirst().orElse(null);
                lines.add(new Line(position, vacancy.criteria().get(i), specification.get(i).isEssential(), found,
                        statement, s.mine().get(position)));
            }
            cards.add(new Card(s.application().applicationId(), s.application().reference(),
                    s.application().evidence(), lines, !s.mine().isEmpty()));
        }
    }

    public void save(Card card) {
        applications.score(card.applicationId(), card.lines().stream()
                .map(l -> new Score.Given(l.getPosition(), l.getScore(), l.getNote())).toList());
        messages.info("vacancy.done.scored", card.reference());
        load();
    }

    public List<org.healthengineering.portal.web.faces.Choice> getScoreChoices() {
        return java.util.stream.IntStream.rangeClosed(0, Score.MAX).mapToObj(n -> new org.healthengineering.portal
                .web.faces.Choice(n, messages.text("vacancy.score." + n))).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public VacancyApplications.Shortlisted getVacancy() { return vacancy; }
    public List<Card> getCards() { return cards; }
}
