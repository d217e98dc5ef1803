package org.healthengineering.portal.web.view.competence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.qualification.Qualifications;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.qualification.QualificationKind;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The qualifications catalogue (body administrators edit it) and qualifications awaiting verification. */
@Named
@ViewScoped
public class QualificationsBacking implements Serializable {

    @Inject
    Qualifications qualifications;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private List<Qualification> catalogue;
    private List<HeldQualification> awaiting;
    private Map<Long, String> holders = Map.of();
    private String code;
    private String name;
    private String awardingBody;
    private QualificationKind kind;
    private Integer level;
    private Integer renewalMonths;
    private String achievementId;
    private String achievementIssuer;

    @PostConstruct
    void load() {
        catalogue = qualifications.catalogue();
        awaiting = isVerifier() ? qualifications.awaitingVerification() : List.of();
        holders = new HashMap<>();
        awaiting.forEach(h -> holders.put(h.getId(), qualifications.holderOf(h)));
    }

    public boolean isEditor() {
        return caller.has(Permissions.QUALIFICATION_EDIT);
    }

    public boolean isVerifier() {
        return caller.has(Permissions.QUALIFICATION_VERIFY);
    }

    public void edit(Qualification q) {
        code = q == null ? null : q.getCode();
        name = q == null ? null : q.getName();
        awardingBody = q == null ? null : q.getAwardingBody();
        kind = q == null ? null : q.getKind();
        level = q == null ? null : q.getLevel();
        renewalMonths = q == null ? null : q.getRenewalMonths();
        achievementId = q == null ? null : q.getAchievementRef();
        achievementIssuer = q == null ? null : q.getAchievementIssuer();
    }

    public String save() {
        qualifications.catalogueEntry(code, name, awardingBody, kind, level, renewalMonths,
                achievementId == null ? "" : achievementId, achievementIssuer == null ? "" : achievementIssuer);
        messages.info("qualifications.saved", name);
        load();
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public void verify(long heldId) {
        qualifications.verify(heldId);
        messages.info("qualifications.verified");
        load();
    }

    public String holder(HeldQualification held) {
        return holders.getOrDefault(held.getId(), "");
    }

    public String nameOf(Long qualificationId) {
        return catalogue.stream().filter(q -> q.getId().equals(qualificationId)).map(Qualification::getName)
                .findFirst().orElse("");
    }

    public QualificationKind[] getKinds() {
        return QualificationKind.values();
    }

    public List<Qualification> getCatalogue() {
        return catalogue;
    }

    public List<HeldQualification> getAwaiting() {
        return awaiting;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAwardingBody() {
        return awardingBody;
    }

    public void setAwardingBody(String awardingBody) {
        this.awardingBody = awardingBody;
    }

    public QualificationKind getKind() {
        return kind;
    }

    public void setKind(QualificationKind kind) {
        this.kind = kind;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public String getAchievementId() {
        return achievementId;
    }

    public void setAchievementId(String achievementId) {
        this.achievementId = achievementId;
    }

    public String getAchievementIssuer() {
        return achievementIssuer;
    }

    public void setAchievementIssuer(String achievementIssuer) {
        this.achievementIssuer = achievementIssuer;
    }
}
