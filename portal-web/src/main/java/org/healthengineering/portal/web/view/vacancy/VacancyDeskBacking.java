package org.healthengineering.portal.web.view.vacancy;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.eligibility.Eligibility;
import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.hospital.Leadership;
import org.healthengineering.portal.application.vacancy.Vacancies;
import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.vacancy.ApplicationStatus;
import org.healthengineering.portal.domain.vacancy.SpecCriterion;
import org.healthengineering.portal.domain.vacancy.Vacancy;
import org.healthengineering.portal.domain.vacancy.VacancyStatus;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.eligibility.CriterionRow;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hospital administrator's desk for one vacancy: its details and person specification (criteria added and
 * removed as rows, each of one kind with the fields that kind needs), publishing, withdrawing, the shortlisters,
 * the applications with every shortlister's scores and the flags they raise (anonymised until shortlisting is
 * closed), the shortlisting decisions, closing shortlisting, and afterwards interview, offer and appointment.
 */
@Named
@ViewScoped
public class VacancyDeskBacking implements Serializable {

    @Inject
    Vacancies vacancies;

    @Inject
    VacancyApplications applications;

    @Inject
    Hospitals hospitals;

    @Inject
    Leadership leadership;

    @Inject
    Eligibility eligibility;

    @Inject
    PageMessages messages;

    @Inject
    java.time.Clock clock;

    private Long id;
    private String hospital;
    private Vacancy vacancy;
    private Hospital owner;
    private List<String> criteriaWords = List.of();
    private List<VacancyApplications.ForShortlisting> anonymised = List.of();
    private List<VacancyApplications.Named> named = List.of();

    private String title;
    private Long postId;
    private String roleCode;
    private String band;
    private String location;
    private BigDecimal hoursPerWeek = new BigDecimal("37.5");
    private LocalDate closingDate;
    private String description;
    private List<SpecRow> specification = new ArrayList<>();
    private String withdrawalReason;
    private List<Long> shortlisters = new ArrayList<>();
    private Map<Long, String> feedback = new java.util.HashMap<>();
    private Map<Long, String> next = new java.util.HashMap<>();
    private Map<Long, LocalDateTime> interviewAt = new java.util.HashMap<>();


    /** One criterion of the specification as the form holds it: a criterion, essential or desirable. */
    public static final class SpecRow extends CriterionRow {
        private boolean essential = true;

        static SpecRow of(SpecCriterion s) {
            SpecRow row = new SpecRow();
            row.fill(s.getCriterion());
            row.essential = s.isEssential();
            return row;
        }

        SpecCriterion.Given given() {
            return new SpecCriterion.Given(essential, criterion());
        }

        public boolean isEssential() { return essential; }
        public void setEssential(boolean essential) { this.essential = essential; }
    }

    public void load() {
        if (id != null) {
            vacancy = vacancies.get(id);
            owner = hospitals.readable(hospitalCodeOf(vacancy));
            fill();
        } else {
            owner = hospitals.readable(hospital);
            closingDate = LocalDate.now(clock).plusWeeks(3);
            specification.add(new SpecRow());
        }
    }

    private String hospitalCodeOf(Vacancy v) {
        return hospitals.visibleToMe().stream().filter(h -> h.getId().equals(v.getHospitalId())).map(Hospital::getCode)
                .findFirst().orElseThrow();
    }

    private void fill() {
        title = vacancy.getTitle();
        postId = vacancy.getPostId();
        roleCode = vacancy.getRoleCode();
        band = vacancy.getBand();
        location = vacancy.getLocation();
        hoursPerWeek = vacancy.getHoursPerWeek();
        closingDate = vacancy.getClosingDate();
        description = vacancy.getDescription();
        specification = new ArrayList<>(vacancy.getSpecification().stream().map(SpecRow::of).toList());
        shortlisters = new ArrayList<>(vacancy.getShortlisters());
        criteriaWords = eligibility.describe(vacancy.criteria());
        if (vacancy.getStatus() != VacancyStatus.DRAFT && vacancy.getStatus() != VacancyStatus.OPEN) {
            if (vacancy.isAnonymised()) {
                anonymised = applications.forHospital(vacancy.getId());
                named = List.of();
            } else {
                named = applications.named(vacancy.getId());
                anonymised = List.of();
            }
        }
    }

    private Vacancy.Details details() {
        return new Vacancy.Details(title, postId, roleCode, band, location, hoursPerWeek, closingDate, description);
    }

    private List<SpecCriterion.Given> given() {
        return specification.stream().map(SpecRow::given).toList();
    }

    /** Saves the vacancy (a new one as a draft) and shows it. */
    public String save() {
        if (vacancy == null) {
            Vacancy drafted = vacancies.draft(owner.getCode(), details(), given());
            messages.info("desk.done.drafted", drafted.getTitle());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/vacancies/manage?faces-redirect=true&id=" + drafted.getId();
        }
        vacancy = vacancies.revise(vacancy.getId(), details(), given());
        messages.info("desk.done.saved", vacancy.getTitle());
        fill();
        return null;
    }

    public void publish() {
        vacancy = vacancies.publish(vacancy.getId());
        messages.info("desk.done.published", vacancy.getTitle());
        fill();
    }

    public void withdraw() {
        vacancy = vacancies.withdraw(vacancy.getId(), withdrawalReason);
        messages.info("desk.done.withdrawn", vacancy.getTitle());
        fill();
    }

    public void chooseShortlisters() {
        Set<Long> chosen = new HashSet<>(shortlisters);
        List<String> emails = members().stream().filter(m -> chosen.contains(m.getId())).map(Account::getEmail)
                .toList();
        vacancy = vacancies.chooseShortlisters(vacancy.getId(), emails);
        messages.info("desk.done.shortlisters", vacancy.getTitle());
        fill();
    }

    public void closeShortlisting() {
        vacancy = vacancies.closeShortlisting(vacancy.getId());
        messages.info("desk.done.shortlistingClosed", vacancy.getTitle());
        fill();
    }

    public void decide(long applicationId, boolean shortlisted) {
        applications.decideShortlisting(applicationId, shortlisted, feedback.get(applicationId));
        messages.info(shortlisted ? "desk.done.shortlisted" : "desk.done.notShortlisted");
        vacancy = vacancies.get(vacancy.getId());
        fill();
    }

    public void advance(long applicationId) {
        LocalDateTime at = interviewAt.get(applicationId);
        Instant interview = at == null ? null : at.atZone(clock.getZone()).toInstant();
        String chosen = next.get(applicationId);
        ApplicationStatus status = chosen == null || chosen.isBlank() ? null : ApplicationStatus.valueOf(chosen);
        applications.advance(applicationId, status, feedback.get(applicationId), interview);
        messages.info("desk.done.advanced", status == null ? "" : messages.text("enum.ApplicationStatus." + status.name()));
        vacancy = vacancies.get(vacancy.getId());
        fill();
    }

    public void addCriterion() {
        specification.add(new SpecRow());
    }

    public void removeCriterion(SpecRow row) {
        specification.remove(row);
    }

    private List<Account> members() {
        return hospitals.members(owner.getCode());
    }

    public List<Choice> getMemberChoices() {
        return members().stream().map(a -> new Choice(a.getId(), a.getDisplayName() + " (" + a.getEmail() + ")"))
                .toList();
    }

    public List<Choice> getPostChoices() {
        return leadership.posts(owner.getCode()).stream().map(p -> new Choice(p.getId(), p.getTitle())).toList();
    }

    /** One criterion's scores, shortlister by shortlister, in words: "1, 3". */
    public String scores(org.healthengineering.portal.domain.vacancy.ShortlistFlags.Line line) {
        return String.join(", ", line.scores().values().stream().map(String::valueOf).toList());
    }


    /** What an application may become next, for the select after shortlisting. */
    public List<Choice> nextOf(ApplicationStatus status) {
        return status.next().stream().sorted().map(s -> new Choice(s.name(), messages.text("enum.ApplicationStatus."
                + s.name()))).toList();
    }

    public boolean isEditable() {
        return vacancy == null || vacancy.getStatus() == VacancyStatus.DRAFT || vacancy.getStatus() == VacancyStatus.OPEN;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getHospital() { return hospital; }
    public void setHospital(String hospital) { this.hospital = hospital; }
    public Vacancy getVacancy() { return vacancy; }
    public Hospital getOwner() { return owner; }
    public List<String> getCriteriaWords() { return criteriaWords; }
    public List<VacancyApplications.ForShortlisting> getAnonymised() { return anonymised; }
    public List<VacancyApplications.Named> getNamed() { return named; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getPostId() { return postId; }
    public void setPostId(Long postId) { this.postId = postId; }
    public String getRoleCode() { return roleCode; }
    public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
    public String getBand() { return band; }
    public void setBand(String band) { this.band = band; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(BigDecimal hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public LocalDate getClosingDate() { return closingDate; }
    public void setClosingDate(LocalDate closingDate) { this.closingDate = closingDate; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<SpecRow> getSpecification() { return specification; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    public List<Long> getShortlisters() { return shortlisters; }
    public void setShortlisters(List<Long> shortlisters) { this.shortlisters = shortlisters; }
    public Map<Long, String> getFeedback() { return feedback; }
    public Map<Long, String> getNext() { return next; }
    public Map<Long, LocalDateTime> getInterviewAt() { return interviewAt; }
}
