package org.healthengineering.portal.web.view.competence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.readiness.Readiness;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator;
import org.healthengineering.portal.domain.readiness.RoleReadiness;

import java.util.List;

/** Readiness cards for every role, and the detail of one role (the code comes from the address). */
@Named
@RequestScoped
public class ReadinessBacking {

    @Inject
    Readiness readiness;

    private String role;
    private RoleReadiness detail;
    private List<RoleReadiness> all;

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

    public String getFormula() {
        return ReadinessCalculator.FORMULA;
    }

    public String percentOf(double score) {
        return Math.round(score * 100) + "%";
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
