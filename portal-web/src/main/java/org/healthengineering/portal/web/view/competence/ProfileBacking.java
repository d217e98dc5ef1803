package org.healthengineering.portal.web.view.competence;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.assessment.SelfAssessment;
import org.healthengineering.portal.application.qualification.Qualifications;
import org.healthengineering.portal.domain.assessment.EngineerProfile;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.HeldStatus;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** My career profile and the qualifications I hold. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Inject
    SelfAssessment selfAssessment;

    @Inject
    Qualifications qualifications;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private Integer yearsExperience;
    private String currentPost;
    private List<HeldQualification> held;
    private Map<Long, Qualification> catalogue;
    private List<Choice> choices;
    private Long qualificationId;
    private LocalDate awardedOn;
    private LocalDate expiresOn;
    private String registrationNumber;
    private String evidenceNote;

    @PostConstruct
    void load() {
        EngineerProfile profile = selfAssessment.profile();
        yearsExperience = profile.getYearsExperience();
        currentPost = profile.getCurrentPost();
        catalogue = qualifications.catalogue().stream().collect(Collectors.toMap(Qualification::getId,
                Function.identity()));
        choices = catalogue.values().stream().sorted(Comparator.comparing(Qualification::getName))
                .map(q -> new Choice(q.getId(), messages.text("profile.qualificationChoice", q.getName(),
                        q.getAwardingBody()))).toList();
        held = qualifications.mine();
    }

    public String saveProfile() {
        selfAssessment.updateProfile(yearsExperience, currentPost);
        messages.info("profile.saved");
        return null;
    }

    public void startQualification() {
        qualificationId = null;
        awardedOn = null;
        expiresOn = null;
        registrationNumber = null;
        evidenceNote = null;
    }

    public String recordQualification() {
        if (qualificationId == null) {
            throw InvalidInputException.of("qualificationId", messages.text("profile.chooseQualification"));
        }
        qualifications.record(qualificationId, awardedOn, expiresOn, registrationNumber, evidenceNote);
        held = qualifications.mine();
        messages.info("profile.recorded");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public void remove(long heldId) {
        qualifications.remove(heldId);
        held = qualifications.mine();
        messages.info("profile.removed");
    }

    public String name(Long id) {
        Qualification qualification = catalogue.get(id);
        return qualification == null ? "" : qualification.getName();
    }

    public HeldStatus status(HeldQualification h) {
        return h.status(LocalDate.now(clock));
    }

    /** The catalogue as options, by name, read once per view. */
    public List<Choice> getCatalogue() {
        return choices;
    }

    public List<HeldQualification> getHeld() {
        return held;
    }

    public Integer getYearsExperience() {
        return yearsExperience;
    }

    public void setYearsExperience(Integer yearsExperience) {
        this.yearsExperience = yearsExperience;
    }

    public String getCurrentPost() {
        return currentPost;
    }

    public void setCurrentPost(String currentPost) {
        this.currentPost = currentPost;
    }

    public Long getQualificationId() {
        return qualificationId;
    }

    public void setQualificationId(Long qualificationId) {
        this.qualificationId = qualificationId;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(LocalDate awardedOn) {
        this.awardedOn = awardedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public void setEvidenceNote(String evidenceNote) {
        this.evidenceNote = evidenceNote;
    }
}
