package org.healthengineering.portal.web.view.vacancy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.vacancy.ApplicationStatus;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** The engineer's applications: status, feedback, and withdrawing one until its vacancy closes. */
@Named
@ViewScoped
public class MyApplicationsBacking implements Serializable {

    @Inject
    VacancyApplications applications;

    @Inject
    PageMessages messages;

    @Inject
    java.time.Clock clock;

    private List<VacancyApplications.Mine> mine;

    @PostConstruct
    void load() {
        mine = applications.mine();
    }

    public void withdraw(VacancyApplications.Mine application) {
        applications.withdraw(application.application().getId());
        messages.info("vacancy.done.withdrawn", application.vacancy().vacancy().getTitle());
        load();
    }

    public boolean mayWithdraw(VacancyApplications.Mine application) {
        return application.application().getStatus() == ApplicationStatus.SUBMITTED
                && application.vacancy().vacancy().acceptsApplications(java.time.LocalDate.now(clock));
    }

    public List<VacancyApplications.Mine> getMine() { return mine; }
}
