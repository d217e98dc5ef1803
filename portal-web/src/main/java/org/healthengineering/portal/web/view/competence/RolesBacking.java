package org.healthengineering.portal.web.view.competence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.frameworks.ScaleWords;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Role profiles as everyone reads them. */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    @Inject
    ScaleWords scaleWords;

    private List<RoleProfile> roles;
    private Map<Long, Qualification> qualifications;
    private Map<Long, Competency> competencies;
    private Map<Long, List<ProficiencyLevel>> scales;

    /** Loads the roles and, once for all of them, the qualifications, competencies and scales their rules name. */
    @PostConstruct
    void load() {
        roles = roleProfiles.roles();
        qualifications = roleProfiles.qualificationsById();
        Set<Long> required = roles.stream().flatMap(r -> r.getCompetencies().stream())
                .map(CompetencyRequirement::getCompetencyId).collect(Collectors.toSet());
        competencies = catalogue.competencies(required);
        scales = catalogue.scales(required);
    }

    public boolean isEditor() {
        return caller.has(Permissions.ROLE_EDIT);
    }

    /**
     * A rule in words, with the qualifications' names and nested rules in brackets: "Registration: any one of
     * Chartered Engineer, [all of Incorporated Engineer, MSc Clinical Engineering]".
     */
    public String describe(RoleProfile role, QualificationRule rule) {
        return rule.getDescription() + ": " + options(role, rule);
    }

    private String options(RoleProfile role, QualificationRule rule) {
        List<String> options = new ArrayList<>(rule.getQualificationIds().stream().map(qualifications::get)
                .filter(Objects::nonNull).map(Qualification::getName).sorted().toList());
        role.childrenOf(rule).forEach(child -> options.add("[" + options(role, child) + "]"));
        return messages.text("roles.rule." + rule.getKind().name(), String.join(", ", options), rule.getMinCount());
    }

    /** "TECH.2 Maintain equipment at level 3 — Apply or above", and whether it must be verified. */
    public String requirement(CompetencyRequirement requirement) {
        Competency competency = competencies.get(requirement.getCompetencyId());
        String level = scaleWords.of(scales.get(requirement.getCompetencyId()), requirement.getMinLevel());
        String what = competency == null ? messages.text("roles.unreadableCompetency")
                : competency.getCode() + " " + competency.getTitle();
        return messages.text(requirement.isVerificationRequired() ? "roles.requirementVerified" : "roles.requirement",
                what, level);
    }

    public List<RoleProfile> getRoles() {
        return roles;
    }
}
