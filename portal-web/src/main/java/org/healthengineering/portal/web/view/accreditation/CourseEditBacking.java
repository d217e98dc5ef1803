package org.healthengineering.portal.web.view.accreditation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.accreditation.Courses;
import org.healthengineering.portal.application.accreditation.Providers;
import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseContent;
import org.healthengineering.portal.domain.accreditation.CourseKind;
import org.healthengineering.portal.domain.accreditation.CourseSession;
import org.healthengineering.portal.domain.accreditation.CourseStatus;
import org.healthengineering.portal.domain.accreditation.Delivery;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A provider drafts or changes a course: what it is, its sessions and its learning outcomes, each mapped to a
 * competency of a published framework at a level. An approved course changes by a change notice.
 */
@Named
@ViewScoped
public class CourseEditBacking implements Serializable {

    /** One session of the form. */
    public static class SessionRow implements Serializable {
        private LocalDate day;
        private BigDecimal contactHours;
        private BigDecimal breakHours;

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public BigDecimal getContactHours() { return contactHours; }
        public void setContactHours(BigDecimal contactHours) { this.contactHours = contactHours; }
        public BigDecimal getBreakHours() { return breakHours; }
        public void setBreakHours(BigDecimal breakHours) { this.breakHours = breakHours; }
    }

    /** One learning outcome of the form. */
    public static class OutcomeRow implements Serializable {
        private String text;
        private Long competencyId;
        private Integer level;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public Long getCompetencyId() { return competencyId; }
        public void setCompetencyId(Long competencyId) { this.competencyId = competencyId; }
        public Integer getLevel() { return level; }
        public void setLevel(Integer level) { this.level = level; }
    }

    @Inject
    Courses courses;

    @Inject
    Providers providers;

    @Inject
    ProfessionalBodies bodies;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    PageMessages messages;

    private Long id;
    private String provider;
    private CourseStatus status;
    private String bodyCode;
    private String title;
    private CourseKind kind;
    private String summary;
    private String audience;
    private Delivery delivery;
    private String location;
    private String faculty;
    private String assessmentMethod;
    private String evaluationMethod;
    private boolean sponsored;
    private String sponsorship;
    private String changeNotice;
    private List<SessionRow> sessions = new ArrayList<>();
    private List<OutcomeRow> outcomes = new ArrayList<>();
    private List<Choice> bodyChoices;
    private List<Choice> competencyChoices;
    private List<Choice> levels;

    @PostConstruct
    void options() {
        bodyChoices = bodies.bodies().stream().map(b -> new Choice(b.getCode(), b.getName())).toList();
        List<Choice> choices = new ArrayList<>();
        int highest = 1;
        for (Framework framework : catalogue.frameworks()) {
            if (framework.getStatus() != FrameworkStatus.PUBLISHED) {
                continue;
            }
            highest = Math.max(highest, framework.highestLevel());
            for (var entry : catalogue.tree(framework.getId()).flatten()) {
                Competency c = entry.competency();
                choices.add(new Choice(c.getId(), framework.getCode() + " " + c.displayName()));
            }
        }
        competencyChoices = choices;
        levels = IntStream.rangeClosed(1, highest).mapToObj(l -> new Choice(l, String.valueOf(l))).toList();
    }

    /** Loads the course named by {@code id}, or starts a new one for {@code provider}. */
    public void load() {
        if (id == null) {
            TrainingProvider own = provider == null
                    ? providers.visibleToMe().stream().findFirst().orElse(null) : providers.get(provider);
            provider = own == null ? null : own.getCode();
            sessions.add(new SessionRow());
            outcomes.add(new OutcomeRow());
            return;
        }
        Course course = courses.get(id);
        status = course.getStatus();
        provider = courses.providerOf(course).getCode();
        bodyCode = courses.bodyOf(course).getCode();
        CourseContent c = course.content();
        title = c.title();
        kind = c.kind();
        summary = c.summary();
        audience = c.audience();
        delivery = c.delivery();
        location = c.location();
        faculty = c.faculty();
        assessmentMethod = c.assessmentMethod();
        evaluationMethod = c.evaluationMethod();
        sponsored = c.sponsored();
        sponsorship = c.sponsorship();
        sessions = new ArrayList<>();
        for (CourseSession s : c.sessions()) {
            SessionRow row = new SessionRow();
            row.day = s.day();
            row.contactHours = s.contactHours();
            row.breakHours = s.breakHours();
            sessions.add(row);
        }
        outcomes = new ArrayList<>();
        for (CourseContent.Outcome o : c.outcomes()) {
            OutcomeRow row = new OutcomeRow();
            row.text = o.text();
            row.competencyId = o.competencyId();
            row.level = o.level();
            outcomes.add(row);
        }
    }

    /** Whether the course is approved, so that a change is a change notice. */
    public boolean isApprovedChange() {
        return status == CourseStatus.APPROVED || status == CourseStatus.APPROVED_WITH_CONDITIONS;
    }

    public String save() {
        CourseContent content = new CourseContent(title, kind, summary, audience, delivery, location, faculty,
                assessmentMethod, evaluationMethod, sponsored, sponsorship,
                sessions.stream().map(s -> new CourseSession(s.day, s.contactHours, s.breakHours)).toList(),
                outcomes.stream().map(o -> new CourseContent.Outcome(o.text, o.competencyId, o.level)).toList());
        Course course;
        if (id == null) {
            course = courses.draft(provider, bodyCode, content, List.of());
            messages.info("courseEdit.drafted", title);
        } else if (isApprovedChange()) {
            course = courses.noticeChange(id, content, List.of(), changeNotice);
            messages.info("courseEdit.changeNoticed", title);
        } else {
            course = courses.revise(id, content, List.of());
            messages.info("courseEdit.saved", title);
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/accreditation/course?faces-redirect=true&id=" + course.getId();
    }

    public void addSession() {
        sessions.add(new SessionRow());
    }

    public void removeSession(SessionRow row) {
        sessions.remove(row);
    }

    public void addOutcome() {
        outcomes.add(new OutcomeRow());
    }

    public void removeOutcome(OutcomeRow row) {
        outcomes.remove(row);
    }

    /** The words naming a row's field, counted from one: "Session 2: date". */
    public String rowLabel(String key, int index) {
        return messages.text(key, index + 1);
    }

    public List<Choice> getBodyChoices() { return bodyChoices; }
    public List<Choice> getCompetencyChoices() { return competencyChoices; }
    public List<Choice> getLevels() { return levels; }
    public CourseKind[] getKinds() { return CourseKind.values(); }
    public Delivery[] getDeliveries() { return Delivery.values(); }
    public boolean isExisting() { return id != null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getBodyCode() { return bodyCode; }
    public void setBodyCode(String bodyCode) { this.bodyCode = bodyCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public CourseKind getKind() { return kind; }
    public void setKind(CourseKind kind) { this.kind = kind; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getFaculty() { return faculty; }
    public void setFaculty(String faculty) { this.faculty = faculty; }
    public String getAssessmentMethod() { return assessmentMethod; }
    public void setAssessmentMethod(String assessmentMethod) { this.assessmentMethod = assessmentMethod; }
    public String getEvaluationMethod() { return evaluationMethod; }
    public void setEvaluationMethod(String evaluationMethod) { this.evaluationMethod = evaluationMethod; }
    public boolean isSponsored() { return sponsored; }
    public void setSponsored(boolean sponsored) { this.sponsored = sponsored; }
    public String getSponsorship() { return sponsorship; }
    public void setSponsorship(String sponsorship) { this.sponsorship = sponsorship; }
    public String getChangeNotice() { return changeNotice; }
    public void setChangeNotice(String changeNotice) { this.changeNotice = changeNotice; }
    public List<SessionRow> getSessions() { return sessions; }
    public List<OutcomeRow> getOutcomes() { return outcomes; }
}
