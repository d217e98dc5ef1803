package org.healthengineering.portal.web.view.cpdaudit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpdaudit.CaseView;
import org.healthengineering.portal.application.cpdaudit.MyAuditCases;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.CaseResponse;
import org.healthengineering.portal.domain.cpdaudit.CaseState;
import org.healthengineering.portal.domain.cpdaudit.ProfileRules;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.faces.Formats;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The sampled registrant's own case: the response (a profile to follow, a deferral with its reason, not
 * practising), the profile drafted and submitted (summary, four to six chosen activities of the period, the
 * statement against the standards), then the submitted profile read-only, the outcome, and an appeal.
 */
@Named
@ViewScoped
public class AuditCaseBacking implements Serializable {

    @Inject
    MyAuditCases myCases;

    @Inject
    PageMessages messages;

    @Inject
    Formats formats;

    private Long id;
    private CaseView view;

    private CaseResponse response;
    private String reason;
    private String summary;
    private String statement;
    private List<String> activities = new ArrayList<>();
    private String grounds;

    public void load() {
        view = myCases.get(id == null ? -1 : id);
        AuditCase c = view.auditCase();
        summary = c.getSummary();
        statement = c.getStatement();
        activities = new ArrayList<>(c.getChoices().stream().map(String::valueOf).toList());
        response = null;
        reason = null;
    }

    private void reload(String infoKey) {
        messages.info(infoKey, view.campaign().getTitle());
        load();
    }

    public void respond() {
        myCases.answer(id, new MyAuditCases.Answer(response, reason, null, null, null));
        reload("cpdAudit.done.responded");
    }

    public void saveDraft() {
        save();
        reload("cpdAudit.done.saved");
    }

    /** Saves what is written, then submits it: a refused submission leaves the draft saved, its problems shown. */
    public void submit() {
        save();
        myCases.submit(id);
        reload("cpdAudit.done.submitted");
    }

    private void save() {
        myCases.answer(id, new MyAuditCases.Answer(CaseResponse.PROFILE_TO_FOLLOW, null, summary == null ? "" : summary,
                statement == null ? "" : statement, activities.stream().map(Long::valueOf).toList()));
    }

    public void appeal() {
        myCases.appeal(id, grounds);
        grounds = null;
        reload("cpdAudit.done.appealed");
    }

    // ---- what may be done now ---------------------------------------------------------------------------

    private CaseState state() {
        return view.auditCase().getState();
    }

    /** Selected (any response), or with a profile to follow (a deferral or not practising instead). */
    public boolean isMayRespond() {
        return state() == CaseState.SELECTED || state() == CaseState.PROFILE_TO_FOLLOW;
    }

    public boolean isDrafting() {
        return state() == CaseState.PROFILE_TO_FOLLOW || state() == CaseState.MORE_INFORMATION_REQUESTED;
    }

    public boolean isMayAppeal() {
        return state() == CaseState.NOT_MET || state() == CaseState.NON_ENGAGED;
    }

    public List<CaseResponse> getResponses() {
        return state() == CaseState.SELECTED ? List.of(CaseResponse.values())
                : List.of(CaseResponse.DEFERRAL_REQUESTED, CaseResponse.NOT_PRACTISING);
    }

    /** The period's activities to choose from: title, dates and hours. */
    public List<Choice> getActivityChoices() {
        return view.periodActivities().stream().map(a -> new Choice(String.valueOf(a.getId()), label(a))).toList();
    }

    private String label(CpdActivity a) {
        return messages.text("cpdAudit.activityChoice", a.getTitle(), formats.date(a.getPeriod().getStart()),
                formats.date(a.getPeriod().getEnd()), formats.number(a.getHours().getValue()));
    }

    public int getSummaryWords() {
        return ProfileRules.words(summary);
    }

    public int getStatementWords() {
        return ProfileRules.words(statement);
    }

    public int getSummaryLimit() {
        return ProfileRules.SUMMARY_WORDS;
    }

    public int getStatementLimit() {
        return ProfileRules.STATEMENT_WORDS;
    }

    public CaseView getView() { return view; }
    public AuditCase getAuditCase() { return view.auditCase(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CaseResponse getResponse() { return response; }
    public void setResponse(CaseResponse response) { this.response = response; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public List<String> getActivities() { return activities; }
    public void setActivities(List<String> activities) { this.activities = activities == null ? new ArrayList<>() : new ArrayList<>(activities); }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
}
