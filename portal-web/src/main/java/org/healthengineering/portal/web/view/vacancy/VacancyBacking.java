package org.healthengineering.portal.web.view.vacancy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.vacancy.Vacancies;
import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.evidence.EvidenceKind;
import org.healthengineering.portal.domain.evidence.EvidenceRef;
import org.healthengineering.portal.domain.vacancy.SpecCriterion;
import org.healthengineering.portal.domain.vacancy.VacancyApplication;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One vacancy as an engineer reads it: the post, the person specification with what the eligibility engine finds
 * for them criterion by criterion, and the application (statements, evidence from their own records, the
 * declaration), or their application's status once made.
 */
@Named
@ViewScoped
public class VacancyBacking implements Serializable {

    @Inject
    Vacancies vacancies;

    @Inject
    VacancyApplications applications;

    @Inject
    PageMessages messages;

    @Inject
    java.time.Clock clock;

    private Long id;
    private Vacancies.Listed listed;
    private List<Row> rows;
    private VacancyApplications.Mine mine;
    private List<Choice> records;
    private Map<Integer, String> statements = new HashMap<>();
    private List<String> evidence = new ArrayList<>();
    private boolean declaration;

    /** One criterion of the specification with the finding for the reader. */
    public record Row(SpecCriterion criterion, Finding finding) implements Serializable {
    }

    public void load() {
        listed = vacancies.openOne(id == null ? -1 : id);
        List<Finding> findings = applications.eligibility(listed.vacancy().getId());
        List<SpecCriterion> specification = listed.vacancy().getSpecification();
        rows = new ArrayList<>();
        for (int i = 0; i < specification.size(); i++) {
            rows.add(new Row(specification.get(i), findings.get(i)));
        }
        mine = applications.mine().stream().filter(m -> m.application().getVacancyId().equals(listed.vacancy()
                .getId())).findFirst().orElse(null);
        records = applications.myRecords().stream().map(r -> new Choice(r.ref().getKind().name() + ":"
                + r.ref().getRecordId(), r.label())).toList();
    }

    public void apply() {
        List<EvidenceRef> refs = evidence.stream().map(value -> {
            int colon = value.indexOf(':');
            return new EvidenceRef(EvidenceKind.valueOf(value.substring(0, colon)),
                    Long.valueOf(value.substring(colon + 1)));
        }).toList();
        VacancyApplication made = applications.apply(listed.vacancy().getId(),
                new VacancyApplication.Given(statements, refs, declaration));
        messages.info("vacancy.done.applied", listed.vacancy().getTitle(), made.getReference());
        load();
    }

    public boolean isOpen() {
        return mine == null && listed.vacancy().acceptsApplications(java.time.LocalDate.now(clock));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Vacancies.Listed getListed() { return listed; }
    public List<Row> getRows() { return rows; }
    public VacancyApplications.Mine getMine() { return mine; }
    public List<Choice> getRecords() { return records; }
    public Map<Integer, String> getStatements() { return statements; }
    public List<String> getEvidence() { return evidence; }
    public void setEvidence(List<String> evidence) { this.evidence = evidence; }
    public boolean isDeclaration() { return declaration; }
    public void setDeclaration(boolean declaration) { this.declaration = declaration; }
}
