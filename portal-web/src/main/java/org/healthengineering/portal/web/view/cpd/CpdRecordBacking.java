package org.healthengineering.portal.web.view.cpd;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.EvidenceLocker;
import org.healthengineering.portal.application.cpd.Portfolio;
import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.evidence.EvidenceType;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The CPD page's record-keeping around activities: registrations with professional bodies, progress per body,
 * evidence files on an activity, and the portfolio's period.
 */
@Named
@ViewScoped
public class CpdRecordBacking implements Serializable {

    @Inject
    ProfessionalBodies bodies;

    @Inject
    EvidenceLocker locker;

    @Inject
    Portfolio portfolio;

    @Inject
    PageMessages messages;

    private String bodyCode;
    private LocalDate registeredOn;
    private String membershipNumber;
    private Long evidenceActivityId;
    private Long evidenceAssessmentId;
    private List<EvidenceLocker.Item> evidence = List.of();
    private LocalDate portfolioFrom;
    private LocalDate portfolioTo;
    private List<ProfessionalBody> bodyList;
    private List<ProfessionalBodies.Registration> registrations;
    private List<ProfessionalBodies.BodyProgress> progress;

    public List<ProfessionalBody> getBodies() {
        if (bodyList == null) {
            bodyList = bodies.bodies();
        }
        return bodyList;
    }

    public List<ProfessionalBodies.Registration> getRegistrations() {
        if (registrations == null) {
            registrations = bodies.myRegistrations();
        }
        return registrations;
    }

    /** Progress per body, read once per view (it reads every activity) and again after a registration changes. */
    public List<ProfessionalBodies.BodyProgress> getProgress() {
        if (progress == null) {
            progress = bodies.myProgress();
        }
        return progress;
    }

    public String summary(CycleProgress cycle) {
        return Portfolio.summary(cycle);
    }

    public void register() {
        ProfessionalBodies.Registration r = bodies.register(bodyCode, registeredOn, membershipNumber);
        registrations = null;
        progress = null;
        messages.info("cpd.registered", r.body().getName());
        bodyCode = null;
        registeredOn = null;
        membershipNumber = null;
    }

    public void deregister(String code) {
        bodies.deregister(code);
        registrations = null;
        progress = null;
        messages.info("cpd.registrationRemoved");
    }

    public void openEvidence(long activityId) {
        evidenceActivityId = activityId;
        evidenceAssessmentId = null;
        evidence = locker.evidenceFor(activityId);
    }

    public void openAssessmentEvidence(long assessmentId) {
        evidenceAssessmentId = assessmentId;
        evidenceActivityId = null;
        evidence = locker.evidenceForAssessment(assessmentId);
    }

    private List<EvidenceLocker.Item> currentEvidence() {
        return evidenceActivityId != null ? locker.evidenceFor(evidenceActivityId)
                : locker.evidenceForAssessment(evidenceAssessmentId);
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] content = in.readNBytes(EvidenceType.MAX_BYTES + 1);
            EvidenceLocker.Item item = evidenceActivityId != null
                    ? locker.attach(evidenceActivityId, event.getFile().getFileName(), content)
                    : locker.attachToAssessment(evidenceAssessmentId, event.getFile().getFileName(), content);
            messages.info("evidence.attached", item.fileName());
        } catch (IOException e) {
            messages.error("file.unreadable", e.getMessage());
        }
        evidence = currentEvidence();
    }

    public void removeEvidence(long id) {
        locker.remove(id);
        messages.info("evidence.removed");
        evidence = currentEvidence();
    }

    /** The portfolio link's query: the chosen period, or the default (the last two years). */
    public String getPortfolioQuery() {
        Portfolio.Period period = portfolio.period(portfolioFrom, portfolioTo);
        return "from=" + period.from() + "&to=" + period.to();
    }

    /** Downloads the portfolio for the period typed or picked (the last two years when left empty). */
    public void downloadPdf() throws IOException {
        download("pdf");
    }

    public void downloadCsv() throws IOException {
        download("csv");
    }

    private void download(String kind) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/cpd/portfolio." + kind + "?" + getPortfolioQuery());
    }

    public String getEvidenceExplanation() {
        return messages.text("evidence.explain", EvidenceType.accepted());
    }

    public String size(EvidenceLocker.Item file) {
        return messages.text("evidence.sizeKb", Math.max(1, Math.round(file.sizeBytes() / 1024.0)));
    }

    /** The CPD list shows each activity's number of files: refresh it when a file comes or goes (not on the assess page). */
    public String getEvidenceCountsTarget() {
        return evidenceActivityId == null ? "" : ":cpd-form:activities";
    }

    public String getBodyCode() { return bodyCode; }
    public void setBodyCode(String bodyCode) { this.bodyCode = bodyCode; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public String getMembershipNumber() { return membershipNumber; }
    public void setMembershipNumber(String membershipNumber) { this.membershipNumber = membershipNumber; }
    public List<EvidenceLocker.Item> getEvidence() { return evidence; }
    public LocalDate getPortfolioFrom() { return portfolioFrom; }
    public void setPortfolioFrom(LocalDate portfolioFrom) { this.portfolioFrom = portfolioFrom; }
    public LocalDate getPortfolioTo() { return portfolioTo; }
    public void setPortfolioTo(LocalDate portfolioTo) { this.portfolioTo = portfolioTo; }
}
