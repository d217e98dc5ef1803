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
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditStandard;
import org.healthengineering.portal.domain.cpdaudit.CaseAssessment;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal samplingRate;
    private Integer minimumYears = 2;
    private boolean retiredIncluded;
    private boolean stratifyByTitle = true;
    private LocalDate deadline;
    private String standards;

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
            LocalDate today = LocalDate.now(clock);
            if (periodStart == null) {
                periodStart = today.minusYears(2).withDayOfMonth(1);
                periodEnd = today.withDayOfMonth(1).minusDays(1);
                deadline = today.plusMonths(3);
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
        standards = bodyCode == null || bodyCode.isBlank() ? null : lines(campaigns.standardsOf(bodyCode));
    }

    /** Opens the campaign and goes to its page. */
    public String open() {
        AuditCampaigns.CampaignView opened = campaigns.open(bodyCode, new AuditCampaign.Terms(title, periodStart,
                periodEnd, samplingRate, minimumYears, retiredIncluded, stratifyByTitle, deadline), parse(standards));
        messages.info("cpdAudit.done.opened", opened.campaign().getTitle());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/cpd-audit/campaign?faces-redirect=true&id=" + opened.campaign().getId();
    }

    /** "S1: statement" a line; none given: the body's own standards. */
    static List<AuditStandard.Given> parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<AuditStandard.Given> given = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            given.add(colon < 0 ? new AuditStandard.Given(line.trim(), "")
                    : new AuditStandard.Given(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        return given;
    }

    static String lines(List<AuditStandard.Given> standards) {
        return String.join("\n", standards.stream().map(s -> s.code() + ": " + s.statement()).toList());
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
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public BigDecimal getSamplingRate() { return samplingRate; }
    public void setSamplingRate(BigDecimal samplingRate) { this.samplingRate = samplingRate; }
    public Integer getMinimumYears() { return minimumYears; }
    public void setMinimumYears(Integer minimumYears) { this.minimumYears = minimumYears; }
    public boolean isRetiredIncluded() { return retiredIncluded; }
    public void setRetiredIncluded(boolean retiredIncluded) { this.retiredIncluded = retiredIncluded; }
    public boolean isStratifyByTitle() { return stratifyByTitle; }
    public void setStratifyByTitle(boolean stratifyByTitle) { this.stratifyByTitle = stratifyByTitle; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getStandards() { return standards; }
    public void setStandards(String standards) { this.standards = standards; }
}
