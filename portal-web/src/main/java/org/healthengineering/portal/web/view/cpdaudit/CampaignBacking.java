package org.healthengineering.portal.web.view.cpdaudit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpdaudit.AuditCampaigns;
import org.healthengineering.portal.application.cpdaudit.AuditCaseDecisions;
import org.healthengineering.portal.application.cpdaudit.CaseView;
import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.CampaignStatus;
import org.healthengineering.portal.domain.cpdaudit.CaseOutcome;
import org.healthengineering.portal.domain.cpdaudit.CaseState;
import org.healthengineering.portal.domain.cpdaudit.Moderation;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A body administrator's campaign: its terms, drawing the sample, the dashboard (counts by state and outcome,
 * overdue cases, assessors' workload), the published seed and its verification, the CSV export, and its cases;
 * one case opened below the list with what may be decided on it now.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    @Inject
    AuditCampaigns campaigns;

    @Inject
    AuditCaseDecisions decisions;

    @Inject
    PageMessages messages;

    private Long id;
    private Long caseId;
    private AuditCampaigns.CampaignView view;
    private AuditCaseDecisions.Dashboard dashboard;
    private List<AuditCampaigns.Stratum> strata;
    private CampaignTermsForm form;
    private List<CaseView> cases;
    private CaseView opened;
    private AuditCampaigns.Verification verification;

    private String first;
    private String second;
    private String moderator;
    private Boolean granted;
    private String deferralNote;
    private CaseOutcome outcome;
    private String outcomeNote;
    private LocalDate newDeadline;
    private AppealDecision appealDecision;
    private String appealReason;
    private LocalDate appealDeadline;

    public void load() {
        view = campaigns.get(id == null ? -1 : id);
        dashboard = decisions.dashboard(view.campaign().getId());
        boolean sampled = isSampled();
        strata = sampled ? campaigns.strata(view.campaign().getId()) : List.of();
        form = sampled ? null : CampaignTermsForm.of(view.campaign());
        cases = sampled ? decisions.casesOf(view.campaign().getId()) : List.of();
        opened = caseId == null ? null : cases.stream().filter(c -> c.auditCase().getId().equals(caseId)).findFirst()
                .orElse(null);
    }

    private void reload(String infoKey) {
        messages.info(infoKey, opened == null ? view.campaign().getTitle() : opened.name(opened.auditCase().getRegistrantId()));
        load();
    }

    // ---- the campaign --------------------------------------------------------------------------------------

    public void draw() {
        AuditCampaigns.Selection drawn = campaigns.select(view.campaign().getId());
        messages.info("cpdAudit.done.drawn", drawn.cases().size());
        load();
    }

    /** Changes the terms before the draw. */
    public void revise() {
        AuditCampaigns.CampaignView revised = campaigns.revise(view.campaign().getId(), form.terms(), form.standards());
        messages.info("cpdAudit.done.revised", revised.campaign().getTitle());
        load();
    }

    public void verify() {
        verification = campaigns.verify(view.campaign().getId());
    }

    public boolean isSampled() {
        return view.campaign().getStatus() == CampaignStatus.SAMPLED;
    }

    /** The states and outcomes some case is in, with their counts. */
    public List<Map.Entry<CaseState, Integer>> getStateCounts() {
        return dashboard.byState().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    public List<Map.Entry<CaseOutcome, Integer>> getOutcomeCounts() {
        return dashboard.byOutcome().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    public String getStandardCodes() {
        return String.join(", ", view.campaign().getStandards().stream().map(s -> s.getCode()).toList());
    }

    // ---- the case opened -------------------------------------------------------------------------------------

    private long opened() {
        return opened.auditCase().getId();
    }

    public void assignAssessors() {
        decisions.assignAssessors(opened(), first, second);
        first = null;
        second = null;
        reload("cpdAudit.done.assessorsAssigned");
    }

    public void decideDeferral() {
        decisions.decideDeferral(opened(), granted, deferralNote);
        reload("cpdAudit.done.deferralDecided");
    }

    public void assignModerator() {
        decisions.assignModerator(opened(), moderator);
        reload("cpdAudit.done.moderatorAssigned");
    }

    public void recordOutcome() {
        decisions.recordOutcome(opened(), outcome, outcomeNote, newDeadline);
        outcome = null;
        outcomeNote = null;
        newDeadline = null;
        reload("cpdAudit.done.outcomeRecorded");
    }

    public void decideAppeal() {
        decisions.decideAppeal(opened(), appealDecision, appealReason, appealDeadline);
        reload("cpdAudit.done.appealDecided");
    }

    /** Assessors are named (or replaced, before anyone grades) once the profile is submitted. */
    public boolean isMayAssign() {
        AuditCase c = opened.auditCase();
        return (c.getState() == CaseState.SUBMITTED || c.getState() == CaseState.UNDER_ASSESSMENT)
                && c.currentAssessments().stream().noneMatch(a -> a.isGraded());
    }

    public boolean isMayModerate() {
        return opened.auditCase().getState() == CaseState.UNDER_ASSESSMENT
                && opened.verdict() == Moderation.Verdict.NEEDS_MODERATION;
    }

    /** The outcomes that can be recorded now: after the grades, or an extension while a profile is owed. */
    public List<CaseOutcome> getOutcomes() {
        AuditCase c = opened.auditCase();
        if (c.getState() == CaseState.UNDER_ASSESSMENT) {
            return switch (opened.verdict()) {
                case MEETS -> List.of(CaseOutcome.MEETS);
                case MORE_INFORMATION -> List.of(CaseOutcome.MORE_INFORMATION, CaseOutcome.DOES_NOT_MEET);
                case DOES_NOT_MEET -> List.of(CaseOutcome.DOES_NOT_MEET, CaseOutcome.MORE_INFORMATION);
                default -> List.of();
            };
        }
        return c.getState().awaitsProfile() || c.getState() == CaseState.NON_ENGAGED
                ? List.of(CaseOutcome.EXTENSION_GRANTED) : List.of();
    }

    public String getDisputedCodes() {
        return String.join(", ", opened.disputed());
    }

    public List<Choice> getDeferralChoices() {
        return List.of(new Choice(Boolean.TRUE, messages.text("cpdAudit.deferralGranted")),
                new Choice(Boolean.FALSE, messages.text("cpdAudit.deferralRefused")));
    }

    public AppealDecision[] getAppealDecisions() {
        return AppealDecision.values();
    }

    public AuditCampaign getCampaign() { return view.campaign(); }
    public AuditCampaigns.CampaignView getView() { return view; }
    public AuditCaseDecisions.Dashboard getDashboard() { return dashboard; }
    public List<AuditCampaigns.Stratum> getStrata() { return strata; }
    public CampaignTermsForm getForm() { return form; }
    public List<CaseView> getCases() { return cases; }
    public CaseView getOpened() { return opened; }
    public AuditCampaigns.Verification getVerification() { return verification; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public String getFirst() { return first; }
    public void setFirst(String first) { this.first = first; }
    public String getSecond() { return second; }
    public void setSecond(String second) { this.second = second; }
    public String getModerator() { return moderator; }
    public void setModerator(String moderator) { this.moderator = moderator; }
    public Boolean getGranted() { return granted; }
    public void setGranted(Boolean granted) { this.granted = granted; }
    public String getDeferralNote() { return deferralNote; }
    public void setDeferralNote(String deferralNote) { this.deferralNote = deferralNote; }
    public CaseOutcome getOutcome() { return outcome; }
    public void setOutcome(CaseOutcome outcome) { this.outcome = outcome; }
    public String getOutcomeNote() { return outcomeNote; }
    public void setOutcomeNote(String outcomeNote) { this.outcomeNote = outcomeNote; }
    public LocalDate getNewDeadline() { return newDeadline; }
    public void setNewDeadline(LocalDate newDeadline) { this.newDeadline = newDeadline; }
    public AppealDecision getAppealDecision() { return appealDecision; }
    public void setAppealDecision(AppealDecision appealDecision) { this.appealDecision = appealDecision; }
    public String getAppealReason() { return appealReason; }
    public void setAppealReason(String appealReason) { this.appealReason = appealReason; }
    public LocalDate getAppealDeadline() { return appealDeadline; }
    public void setAppealDeadline(LocalDate appealDeadline) { this.appealDeadline = appealDeadline; }
}
