package org.healthengineering.portal.web.view.cpdaudit;

import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditStandard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's terms and standards as the form holds them, for opening a campaign and for changing one before its
 * sample is drawn ({@code /WEB-INF/includes/campaign-terms.xhtml}). The standards are one a line, "CODE: statement".
 */
public class CampaignTermsForm implements Serializable {

    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal samplingRate;
    private Integer minimumYears = 2;
    private boolean retiredIncluded;
    private boolean stratifyByTitle = true;
    private LocalDate deadline;
    private String standards;

    /** A new campaign's form: the last two years to the end of last month, answers due in three months. */
    static CampaignTermsForm fresh(LocalDate today) {
        CampaignTermsForm form = new CampaignTermsForm();
        form.periodStart = today.minusYears(2).withDayOfMonth(1);
        form.periodEnd = today.withDayOfMonth(1).minusDays(1);
        form.deadline = today.plusMonths(3);
        return form;
    }

    /** An open campaign's terms, to change. */
    static CampaignTermsForm of(AuditCampaign campaign) {
        CampaignTermsForm form = new CampaignTermsForm();
        form.title = campaign.getTitle();
        form.periodStart = campaign.getPeriodStart();
        form.periodEnd = campaign.getPeriodEnd();
        form.samplingRate = campaign.getSamplingRate();
        form.minimumYears = campaign.getMinimumYears();
        form.retiredIncluded = campaign.isRetiredIncluded();
        form.stratifyByTitle = campaign.isStratifyByTitle();
        form.deadline = campaign.getDeadline();
        form.standards = lines(campaign.getStandards().stream()
                .map(s -> new AuditStandard.Given(s.getCode(), s.getStatement())).toList());
        return form;
    }

    AuditCampaign.Terms terms() {
        return new AuditCampaign.Terms(title, periodStart, periodEnd, samplingRate, minimumYears, retiredIncluded,
                stratifyByTitle, deadline);
    }

    /** The standards given, one a line ("S1: statement"); none given: null, for the body's own standards. */
    List<AuditStandard.Given> standards() {
        return parse(standards);
    }

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
