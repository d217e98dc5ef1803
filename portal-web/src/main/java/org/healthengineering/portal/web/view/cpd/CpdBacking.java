package org.healthengineering.portal.web.view.cpd;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.CpdLog;
import org.healthengineering.portal.application.cpd.CpdQuery;
import org.healthengineering.portal.application.cpd.EvidenceLocker;
import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdTotals;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.ServiceLazyModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** My CPD: the lazy list of activities with totals, and the dialog to log or edit one. */
@Named
@ViewScoped
public class CpdBacking implements Serializable {

    private static final String FORM = "activity-form";

    @Inject
    CpdLog cpdLog;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private ServiceLazyModel<CpdActivity> activities;
    private ActivityDetails details = new ActivityDetails();
    private Long editingId;
    private String verifiedSource;
    private CpdTotals totals;
    private Map<Long, Integer> evidenceCounts = Map.of();

    @Inject
    EvidenceLocker evidence;

    @PostConstruct
    void init() {
        activities = new ServiceLazyModel<>(
                (filters, page) -> {
                    Page<CpdActivity> loaded = cpdLog.activities(query(filters), page);
                    evidenceCounts = evidence.countsForActivities(
                            loaded.items().stream().map(CpdActivity::getId).toList());
                    return loaded;
                },
                Map.of("period.end", "endDate", "title", "title", "type", "type", "hours.value", "hours"),
                CpdActivity::getId, filters -> cpdLog.count(query(filters)));
    }

    private static CpdQuery query(Map<String, Object> filters) {
        Object type = filters.get("type");
        ActivityType activityType = type instanceof ActivityType t ? t
                : type == null ? null : ActivityType.valueOf(type.toString());
        return new CpdQuery((String) filters.get("title"), activityType, null, null);
    }

    public void startNew() {
        editingId = null;
        verifiedSource = null;
        details = new ActivityDetails();
        LocalDate today = LocalDate.now(clock);
        details.setStartDate(today);
        details.setEndDate(today);
    }

    public void edit(long id) {
        CpdActivity activity = cpdLog.getActivity(id);
        details = activity.details();
        verifiedSource = activity.getVerifiedSource();
        editingId = id;
    }

    public String save() {
        if (editingId == null) {
            cpdLog.logActivity(details);
            messages.info("cpd.logged");
        } else {
            cpdLog.reviseActivity(editingId, details);
            messages.info("cpd.revised");
        }
        totals = null;
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    /** Where the activity being edited comes from, when it is verified (its dates and hours then stay as recorded). */
    public String getVerifiedSource() {
        return verifiedSource;
    }

    public boolean isVerified() {
        return verifiedSource != null;
    }

    public String delete(long id) {
        cpdLog.deleteActivity(id);
        totals = null;
        messages.info("cpd.deleted");
        return null;
    }

    public CpdTotals getTotals() {
        if (totals == null) {
            totals = cpdLog.totals();
        }
        return totals;
    }

    /** How many evidence files the activity has, for the rows of the page on screen. */
    public int evidenceCount(long activityId) {
        return evidenceCounts.getOrDefault(activityId, 0);
    }

    public String evidenceText(long activityId) {
        return messages.text("cpd.files", evidenceCount(activityId));
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public ServiceLazyModel<CpdActivity> getActivities() {
        return activities;
    }

    public ActivityDetails getDetails() {
        return details;
    }
}
