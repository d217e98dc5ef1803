package org.healthengineering.portal.web.view.competence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.assessment.SelfAssessment;
import org.healthengineering.portal.application.cpd.CpdLog;
import org.healthengineering.portal.application.readiness.Readiness;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator;
import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.healthengineering.portal.web.view.PageMessages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Readiness cards for every role, and the detail of one role (the code comes from the address). */
@Named
@RequestScoped
public class ReadinessBacking {

    @Inject
    Readiness readiness;

    @Inject
    SelfAssessment selfAssessment;

    @Inject
    CpdLog cpdLog;

    @Inject
    PageMessages messages;

    @Inject
    org.healthengineering.portal.application.role.RoleProfiles roleProfiles;

    private String role;
    private RoleReadiness detail;
    private org.healthengineering.portal.domain.role.RoleProfile roleProfile;
    private List<RoleReadiness> all;
    private final Map<Long, String> cpdByCompetency = new HashMap<>();

    public List<RoleReadiness> getAll() {
        if (all == null) {
            all = readiness.forAllRoles();
        }
        return all;
    }

    public RoleReadiness getDetail() {
        if (detail == null && role != null) {
            detail = readiness.forRole(role);
        }
        return detail;
    }

    /** The page title for one role: "Readiness for Clinical Engineer". */
    public String getTitle() {
        return messages.text("readiness.titleFor", getDetail().roleTitle());
    }

    /**
     * Titles of the caller's CPD activities already linked as evidence to a competency: CPD that addresses it.
     * Worked out once per competency and request.
     */
    public String cpdFor(Long competencyId) {
        if (competencyId == null) {
            return "";
        }
        return cpdByCompetency.computeIfAbsent(competencyId, this::linkedCpd);
    }

    private String linkedCpd(Long competencyId) {
        Set<Long> ids = new LinkedHashSet<>();
        selfAssessment.history(competencyId).forEach(a -> ids.addAll(a.getCpdActivityIds()));
        List<String> titles = new ArrayList<>();
        for (Long id : ids) {
            try {
                titles.add(cpdLog.getActivity(id).getTitle());
            } catch (NotFoundException e) {
                // The activity was deleted since it was linked; nothing to show for it.
            }
        }
        return String.join("; ", titles);
    }

    /** The level the role requires of a competency, for the link to accredited courses that build it. */
    public Integer requiredLevel(Long competencyId) {
        if (competencyId == null || role == null) {
            return null;
        }
        if (roleProfile == null) {
            roleProfile = roleProfiles.role(role);
        }
        return roleProfile.getCompetencies().stream().filter(c -> competencyId.equals(c.getCompetencyId()))
                .map(c -> c.getMinLevel()).findFirst().orElse(null);
    }

    public String getFormula() {
        return ReadinessCalculator.FORMULA;
    }

    public String percentOf(double score) {
        return messages.text("readiness.percent", Math.round(score * 100));
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
