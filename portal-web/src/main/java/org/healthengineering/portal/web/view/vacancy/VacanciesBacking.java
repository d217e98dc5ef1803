package org.healthengineering.portal.web.view.vacancy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.vacancy.Vacancies;
import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.vacancy.Vacancy;
import org.healthengineering.portal.web.faces.Choice;

import java.io.Serializable;
import java.util.List;

/**
 * The vacancies page: an engineer searches the open vacancies of every hospital, each with what the eligibility
 * engine finds for them; a shortlister sees the vacancies they shortlist.
 */
@Named
@ViewScoped
public class VacanciesBacking implements Serializable {

    @Inject
    Vacancies vacancies;

    @Inject
    VacancyApplications applications;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    Caller caller;

    private String text;
    private String region;
    private String roleCode;
    private String band;
    private Integer closingWithin;
    private List<Vacancies.WithEligibility> results = List.of();
    private List<Vacancy> toShortlist = List.of();

    @PostConstruct
    void load() {
        if (isEngineer()) {
            search();
        }
        toShortlist = applications.toShortlist();
    }

    public void search() {
        results = vacancies.openWithEligibility(new Vacancies.Query(text, region, roleCode, band, closingWithin));
    }

    public boolean isEngineer() {
        return caller.has(Permissions.VACANCY_APPLY);
    }

    public List<Choice> getRoleChoices() {
        return roleProfiles.roles().stream().map(r -> new Choice(r.getCode(), r.getTitle())).toList();
    }

    public List<Vacancies.WithEligibility> getResults() { return results; }
    public List<Vacancy> getToShortlist() { return toShortlist; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getRoleCode() { return roleCode; }
    public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
    public String getBand() { return band; }
    public void setBand(String band) { this.band = band; }
    public Integer getClosingWithin() { return closingWithin; }
    public void setClosingWithin(Integer closingWithin) { this.closingWithin = closingWithin; }
}
