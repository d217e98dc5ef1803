package org.healthengineering.portal.web.view.eligibility;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.domain.eligibility.CpdCycle;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.web.faces.Choice;

import java.io.Serializable;
import java.util.List;

/**
 * What a form of eligibility criteria offers to choose from: the kinds, the CPD cycles, the role profiles, the
 * professional bodies, the qualification catalogue and the published competencies; read once per view.
 */
@Named
@ViewScoped
public class CriterionChoices implements Serializable {

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    ProfessionalBodies bodies;

    @Inject
    FrameworkCatalogue catalogue;

    private List<Choice> roleChoices;
    private List<Choice> bodyChoices;
    private List<Choice> qualificationChoices;
    private List<Choice> competencyChoices;

    @PostConstruct
    void load() {
        roleChoices = roleProfiles.roles().stream().map(r -> new Choice(r.getCode(), r.getTitle())).toList();
        bodyChoices = bodies.bodies().stream().map(b -> new Choice(b.getId(), b.getName())).toList();
        qualificationChoices = roleProfiles.qualificationsById().values().stream()
                .map(q -> new Choice(q.getId(), q.getName())).toList();
        competencyChoices = catalogue.publishedCompetencies().stream()
                .map(c -> new Choice(c.getId(), c.getCode() + " " + c.getTitle())).toList();
    }

    public CriterionKind[] getKinds() { return CriterionKind.values(); }
    public CpdCycle[] getCycles() { return CpdCycle.values(); }
    public List<Choice> getRoleChoices() { return roleChoices; }
    public List<Choice> getBodyChoices() { return bodyChoices; }
    public List<Choice> getQualificationChoices() { return qualificationChoices; }
    public List<Choice> getCompetencyChoices() { return competencyChoices; }
}
