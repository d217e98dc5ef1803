package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.home.HomeChoices;
import org.healthengineering.portal.application.home.Homes;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.home.CycleStatus;
import org.healthengineering.portal.domain.home.MetricDeviation;
import org.healthengineering.portal.domain.home.NextStep;
import org.healthengineering.portal.domain.home.Rag;
import org.healthengineering.portal.web.faces.Formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The home page: for a visitor, what the portal is; for a signed-in person, one section per role they hold, each
 * read from {@link Homes} only when the person may see it, and once per request.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Homes homes;

    @Inject
    HomeChoices choices;

    @Inject
    Caller caller;

    @Inject
    LayoutBacking layout;

    @Inject
    Formats formats;

    @Inject
    PageMessages messages;

    private Homes.CpdHome cpd;
    private Homes.ReadinessHome readiness;
    private Homes.RoleChoice targetRole;
    private Homes.MentorHome mentor;
    private List<Homes.HospitalHome> hospitals;
    private List<Homes.QueueCount> bodyQueues;
    private List<Homes.QueueCount> assessorQueues;
    private Homes.SystemHome system;

    /** The page's heading: a welcome by name for a signed-in person. */
    public String getTitle() {
        return layout.isSignedIn() ? messages.text("home.welcome", layout.getDisplayName())
                : messages.text("app.name");
    }

    // ---- which sections apply --------------------------------------------------------------------------------

    public boolean isEngineer() {
        return layout.permitted(Permissions.CPD_LOG);
    }

    public boolean isReadinessShown() {
        return layout.permitted(Permissions.COMPETENCE_SELF);
    }

    public boolean isMentoring() {
        return layout.permitted(Permissions.MENTOR);
    }

    public boolean isHospitalMember() {
        return (layout.hasRole("HOSPITAL_ADMIN") || layout.hasRole("BOARD_VIEWER")) && !getHospitals().isEmpty();
    }

    public boolean isBodyAdministrator() {
        return layout.permitted(Permissions.BODY_MANAGE);
    }

    public boolean isAssessor() {
        return layout.permitted(Permissions.COMPETENCE_VERIFY);
    }

    public boolean isProvider() {
        return layout.permitted(Permissions.PROVIDER_WORK);
    }

    public boolean isSystemAdministrator() {
        return layout.permitted(Permissions.ACCOUNT_MANAGE) || layout.permitted(Permissions.AUDIT_READ);
    }

    /** Whether no section applies (an account without roles, or a hospital member without a hospital yet). */
    public boolean isNothingToShow() {
        return !isEngineer() && !isReadinessShown() && !isMentoring() && !isHospitalMember() && !isBodyAdministrator()
                && !isAssessor() && !isProvider() && !isSystemAdministrator();
    }

    // ---- the sections, read once per request -------------------------------------------------------------------

    public Homes.CpdHome getCpd() {
        if (cpd == null) {
            cpd = homes.cpd();
        }
        return cpd;
    }

    public Homes.ReadinessHome getReadiness() {
        if (readiness == null) {
            readiness = homes.readiness();
            targetRole = readiness.target() == null ? null : readiness.roles().stream()
                    .filter(r -> r.code().equals(readiness.target().roleCode())).findFirst().orElse(null);
        }
        return readiness;
    }

    public List<Homes.RoleChoice> getRoleChoices() {
        return getReadiness().roles();
    }

    public Homes.RoleChoice getTargetRole() {
        getReadiness();
        return targetRole;
    }

    public void setTargetRole(Homes.RoleChoice targetRole) {
        getReadiness();
        this.targetRole = targetRole;
    }

    /** Remembers the role chosen (none: back to the closest) and shows its readiness. */
    public void watch() {
        choices.watchRole(targetRole == null ? null : targetRole.code());
        readiness = null;
        messages.info(targetRole == null ? "home.engineer.watchingClosest" : "home.engineer.watching");
    }

    public Homes.MentorHome getMentorHome() {
        if (mentor == null) {
            mentor = homes.mentor();
        }
        return mentor;
    }

    public List<Homes.HospitalHome> getHospitals() {
        if (hospitals == null) {
            hospitals = layout.isSignedIn() ? homes.hospitals() : List.of();
        }
        return hospitals;
    }

    private List<Homes.QueueCount> providerQueues;

    public List<Homes.QueueCount> getBodyQueues() {
        if (bodyQueues == null) {
            bodyQueues = homes.bodyAdministratorQueues();
        }
        return bodyQueues;
    }

    public List<Homes.QueueCount> getAssessorQueues() {
        if (assessorQueues == null) {
            assessorQueues = homes.assessorQueues();
        }
        return assessorQueues;
    }

    public List<Homes.QueueCount> getProviderQueues() {
        if (providerQueues == null) {
            providerQueues = homes.providerQueues();
        }
        return providerQueues;
    }

    /** The queue sections that apply: a body administrator's, then an assessor's (both for someone who is both). */
    public List<QueueSection> getQueueSections() {
        List<QueueSection> sections = new ArrayList<>();
        if (isBodyAdministrator()) {
            sections.add(new QueueSection("body", "home.body.title", getBodyQueues()));
        }
        if (isAssessor()) {
            sections.add(new QueueSection("assessor", "home.assessor.title", getAssessorQueues()));
        }
        if (isProvider()) {
            sections.add(new QueueSection("provider", "home.provider.title", getProviderQueues()));
        }
        return sections;
    }

    /** A section of queues: its id in the page, the bundle key of its heading, and its queues. */
    public record QueueSection(String id, String titleKey, List<Homes.QueueCount> queues) {
    }

    public Homes.SystemHome getSystem() {
        if (system == null) {
            system = homes.system();
        }
        return system;
    }

    // ---- words and numbers as the page shows them ------------------------------------------------------------
    /** The CSS class that colours a status; the page always writes the status's words beside it. */
    public String ragClass(Rag rag) {
        return "rag-" + rag.name().toLowerCase(Locale.ROOT);
    }

    /** The thresholds of the CPD status rules, as whole percentages, for the rules' wording. */
    public int getHoursGracePercent() {
        return CycleStatus.percent(CycleStatus.HOURS_GRACE);
    }

    public int getHoursAmberPercent() {
        return CycleStatus.percent(CycleStatus.HOURS_AMBER);
    }

    public int getLatePercent() {
        return CycleStatus.percent(CycleStatus.LATE);
    }
    /** The bundle key of whether a value lies above or below the peers' median. */
    public String sideKey(MetricDeviation deviation) {
        return deviation.distance() == 0 ? "home.hospital.onMedian"
                : deviation.above() ? "home.hospital.above" : "home.hospital.below";
    }

    /** Where a next step is taken. */
    public String stepOutcome(NextStep step) {
        return switch (step.kind()) {
            case ASSESS_COMPETENCY -> "/competence/assess";
            case RECORD_EXPERIENCE, ADD_QUALIFICATION -> "/competence/profile";
            case FIND_MENTOR -> "/mentoring/index";
            case PLAN_OBJECTIVE -> "/cpd/index";
        };
    }

    /** Where a next step leads: its page, the framework it names, and the part of the page it opens on. */
    public String stepHref(Homes.Step step) {
        String fragment = stepFragment(step.step());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + stepOutcome(step.step()) + ".xhtml"
                + (step.frameworkId() == null ? "" : "?framework=" + step.frameworkId())
                + (fragment == null ? "" : "#" + fragment);
    }

    /** The part of the page a next step opens on. */
    public String stepFragment(NextStep step) {
        return switch (step.kind()) {
            case ASSESS_COMPETENCY -> null;
            case RECORD_EXPERIENCE -> "profile-form";
            case ADD_QUALIFICATION -> "held-form";
            case FIND_MENTOR -> "find-form";
            case PLAN_OBJECTIVE -> "plan-form";
        };
    }

    /** How many of the mentor's relationships have this status (ACTIVE, REQUESTED). */
    public long menteeCount(String status) {
        return getMentorHome().mentees().stream().filter(m -> m.status().name().equals(status)).count();
    }

    /** Activity types by their labels, for "still needed". */
    public String typeLabels(Collection<ActivityType> types) {
        return types.stream().map(ActivityType::getLabel).collect(Collectors.joining(", "));
    }

    public String joined(List<String> texts) {
        return String.join("; ", texts);
    }

    /** What a finished cycle fell short of, in words ("hours: 22 of 30; mix: 1 of 2"). */
    public String shortfall(CycleStatus result) {
        return result.measures().stream().filter(m -> !m.met())
                .map(m -> messages.text("home.cpd.short." + m.requirement().name(),
                        formats.number(m.done()), formats.number(m.wanted())))
                .collect(Collectors.joining("; "));
    }

    /** The name of a hospital's page links, for the navigation landmark. */
    public String pagesOf(Homes.HospitalHome hospital) {
        return messages.text("home.hospital.pages", hospital.name());
    }

    /** Whether the caller may open a queue's page (its count is shown either way). */
    public boolean mayOpen(Homes.QueueCount queue) {
        return queue.openable() && caller.has(queue.queue().getPermission());
    }
}
