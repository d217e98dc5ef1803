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
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
    private Map<Long, Qualification> qualifications;
    private Map<Long, Competency> competencies;

    /** Loads the roles and, once for all of them, the qualifications and competencies their rules name. */
    @PostConstruct
    void load() {
        roles = roleProfiles.roles();
        qualifications = roleProfiles.qualificationsById();
        competencies = catalogue.competencies(roles.stream().flatMap(r -> r.getCompetencies().stream())
                .map(CompetencyRequirement::getCompetencyId).collect(Collectors.toSet()));
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
        List<String> options = new java.util.ArrayList<>(RoleProfiles.optionCodes(rule, qualifications));
        role.childrenOf(rule).forEach(child -> options.add("[" + describe(role, child) + "]"));
        return rule.getDescription() + ": " + kind + " " + String.join(", ", options);
    }

    public String competencies(RoleProfile role) {
        return role.getCompetencies().stream().map(this::requirement).collect(Collectors.joining("; "));
    }

    private String requirement(CompetencyRequirement requirement) {
        Competency competency = competencies.get(requirement.getCompetencyId());
        String verified = requirement.isVerificationRequired() ? ", verified by a mentor or an assessor" : "";
        if (competency == null) {
            return "competency " + requirement.getCompetencyId() + " at level " + requirement.getMinLevel() + verified;
        }
        return competency.getCode() + " " + competency.getTitle() + " at level " + requirement.getMinLevel() + verified;
    }

    public List<RoleProfile> getRoles() {
        return roles;
    }
}
