package org.healthengineering.portal.web.view.hospitals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The hospitals I may see; for system administrators, creating hospitals and assigning their members. */
@Named
@ViewScoped
public class HospitalsBacking implements Serializable {

    @Inject
    Hospitals hospitals;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private List<Hospital> visible;
    private String code;
    private String name;
    private HospitalKind kind;
    private String region;
    private Integer beds;
    private Integer medicalDevices;
    private boolean consentsToBeNamed;
    private String membersOf;
    private String administrators;
    private String boardViewers;

    @PostConstruct
    void load() {
        visible = hospitals.visibleToMe();
    }

    public boolean isManager() {
        return caller.has(Permissions.HOSPITAL_MANAGE);
    }

    public String create() {
        hospitals.create(code, new Hospitals.HospitalDetails(name, kind, region, beds, medicalDevices,
                consentsToBeNamed));
        messages.info("hospitals.created");
        load();
        return null;
    }

    public void startMembers(Hospital hospital) {
        membersOf = hospital.getCode();
        administrators = null;
        boardViewers = null;
    }

    public String saveMembers() {
        hospitals.assignMembers(membersOf, emails(administrators), emails(boardViewers));
        messages.info("hospitals.membersAssigned");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    private static List<String> emails(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public HospitalKind[] getKinds() {
        return HospitalKind.values();
    }

    public List<Hospital> getVisible() { return visible; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public HospitalKind getKind() { return kind; }
    public void setKind(HospitalKind kind) { this.kind = kind; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public Integer getBeds() { return beds; }
    public void setBeds(Integer beds) { this.beds = beds; }
    public Integer getMedicalDevices() { return medicalDevices; }
    public void setMedicalDevices(Integer medicalDevices) { this.medicalDevices = medicalDevices; }
    public boolean isConsentsToBeNamed() { return consentsToBeNamed; }
    public void setConsentsToBeNamed(boolean consentsToBeNamed) { this.consentsToBeNamed = consentsToBeNamed; }
    public String getMembersOf() { return membersOf; }
    public String getAdministrators() { return administrators; }
    public void setAdministrators(String administrators) { this.administrators = administrators; }
    public String getBoardViewers() { return boardViewers; }
    public void setBoardViewers(String boardViewers) { this.boardViewers = boardViewers; }
}
