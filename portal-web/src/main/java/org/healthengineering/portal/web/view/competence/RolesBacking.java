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
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;

import java.io.Serializable;
import java.util.List;
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

    private List<RoleProfile> roles;

    @PostConstruct
    void load() {
        roles = roleProfiles.roles();
    }

    public boolean isEditor() {
        return caller.has(Permissions.ROLE_EDIT);
    }

    /** A rule in words, nested rules in brackets: "ANY of CENG, [ALL of IENG, MSC-CE]". */
    public String describe(RoleProfile role, QualificationRule rule) {
        String kind = switch (rule.getKind()) {
            case ALL -> "all of";
            case ANY -> "any of";
            case AT_LEAST -> "at least " + rule.getMinCount() + " of";
        };
        List<String> options = new java.util.ArrayList<>(roleProfiles.optionCodes(rule));
        role.childrenOf(rule).forEach(child -> options.add("[" + describe(role, child) + "]"));
        return rule.getDescription() + ": " + kind + " " + String.join(", ", options);
    }

    public String competencies(RoleProfile role) {
        return role.getCompetencies().stream().map(this::requirement).collect(Collectors.joining("; "));
    }

    private String requirement(CompetencyRequirement requirement) {
        Competency competency = catalogue.getCompetency(requirement.getCompetencyId());
        return competency.getCode() + " " + competency.getTitle() + " at level " + requirement.getMinLevel();
    }

    public List<RoleProfile> getRoles() {
        return roles;
    }
}
