package org.healthengineering.portal.web.view.cpdaudit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.application.cpdaudit.AuditAssessments;
import org.healthengineering.portal.application.cpdaudit.AuditCampaigns;
import org.healthengineering.portal.application.cpdaudit.CaseView;
import org.healthengineering.portal.application.cpdaudit.MyAuditCases;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.cpdaudit.AuditStandard;
import org.healthengineering.portal.domain.cpdaudit.CaseAssessment;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPD audit desk: a body administrator's campaigns by body and the form that opens one; an assessor's
 * assigned cases; an engineer's own cases. Each part is shown to those who hold the permission it needs.
 */
@Named
@ViewScoped
public class CpdAuditBacking implements Serializable {

    @Inject
    AuditCampaigns campaigns;

    @Inject
    AuditAssessments assessments;

    @Inject
    MyAuditCases myCases;

    @Inject
    ProfessionalBodies bodies;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private Map<String, List<AuditCampaigns.CampaignView>> campaignsByBody;
    private List<CaseView> toAssess;
    private List<CaseView> mine;

    private String bodyCode;
    private CampaignTermsForm form;
    private String standardsBody;
    private String bodyStandards;

    @PostConstruct
    void load() {
        campaignsByBody = new LinkedHashMap<>();
        if (isManager()) {
            for (var body : bodies.bodies()) {
                List<AuditCampaigns.CampaignView> of = campaigns.ofBody(body.getCode());
                if (!of.isEmpty()) {
                    campaignsByBody.put(body.getName(), of);
                }
            }
            if (form == null) {
                form = CampaignTermsForm.fresh(LocalDate.now(clock));
            }
        }
        toAssess = isAssessor() ? assessments.queue() : List.of();
        mine = isEngineer() ? myCases.mine() : List.of();
    }

    public boolean isManager() {
        return caller.has(Permissions.CPD_AUDIT_MANAGE);
    }

    public boolean isAssessor() {
        return caller.has(Permissions.CPD_AUDIT_ASSESS);
    }

    public boolean isEngineer() {
        return caller.has(Permissions.CPD_LOG);
    }

    /** The body's standards, into the form, when the body is chosen. */
    public void chooseBody() {
        form.setStandards(bodyCode == null || bodyCode.isBlank() ? null
                : CampaignTermsForm.lines(campaigns.standardsOf(bodyCode)));
    }

    /** Opens the campaign and goes to its page. */
    public String open() {
        AuditCampaigns.CampaignView opened = campaigns.open(bodyCode, form.terms(), form.standards());
        messages.info("cpdAudit.done.opened", opened.campaign().getTitle());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/cpd-audit/campaign?faces-redirect=true&id=" + opened.campaign().getId();
    }

    /** The body's standing standards, into the form, when the body is chosen. */
    public void chooseStandardsBody() {
        bodyStandards = standardsBody == null || standardsBody.isBlank() ? null
                : CampaignTermsForm.lines(campaigns.standardsOf(standardsBody));
    }

    /** Keeps the body's standards for its later campaigns (campaigns already open keep theirs). */
    public void saveStandards() {
        List<AuditStandard.Given> given = CampaignTermsForm.parse(bodyStandards);
        bodyStandards = CampaignTermsForm.lines(campaigns.defineStandards(standardsBody,
                given == null ? List.of() : given));
        messages.info("cpdAudit.done.standardsSaved", bodies.bodies().stream()
                .filter(b -> b.getCode().equals(standardsBody)).map(b -> b.getName()).findFirst().orElse(standardsBody));
    }

    /** My part in a case I assess: first or second assessor, or moderator; and whether I have graded it. */
    public CaseAssessment myPart(CaseView view) {
        return view.auditCase().assessmentOf(view.readerId()).orElse(null);
    }

    public List<Choice> getBodyChoices() {
        return bodies.bodies().stream().map(b -> new Choice(b.getCode(), b.getName())).toList();
    }

    public List<Map.Entry<String, List<AuditCampaigns.CampaignView>>> getCampaignsByBody() {
        return List.copyOf(campaignsByBody.entrySet());
    }

    public List<CaseView> getToAssess() { return toAssess; }
    public List<CaseView> getMine() { return mine; }
    public String getBodyCode() { return bodyCode; }
    public void setBodyCode(String bodyCode) { this.bodyCode = bodyCode; }
    public CampaignTermsForm getForm() { return form; }
    public String getStandardsBody() { return standardsBody; }
    public void setStandardsBody(String standardsBody) { this.standardsBody = standardsBody; }
    public String getBodyStandards() { return bodyStandards; }
    public void setBodyStandards(String bodyStandards) { this.bodyStandards = bodyStandards; }
}
