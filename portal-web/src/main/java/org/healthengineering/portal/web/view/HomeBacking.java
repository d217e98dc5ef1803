package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.CpdLog;
import org.healthengineering.portal.domain.cpd.CpdTotals;

/** The home page of a signed-in engineer. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CpdLog cpdLog;

    private CpdTotals totals;

    public CpdTotals getTotals() {
        if (totals == null) {
            totals = cpdLog.totals();
        }
        return totals;
    }
}
