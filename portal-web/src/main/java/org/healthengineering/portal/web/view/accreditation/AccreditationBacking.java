package org.healthengineering.portal.web.view.accreditation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.accreditation.Courses;
import org.healthengineering.portal.application.accreditation.Providers;
import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accreditation desk: a provider's courses, the body's queue and its rules for accrediting, and the courses a
 * reviewer is asked to review. Each part is shown to those who hold the permission it needs.
 */
@Named
@ViewScoped
public class AccreditationBacking implements Serializable {

    @Inject
    Courses courses;

    @Inject
    Providers providers;

    @Inject
    ProfessionalBodies bodies;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private Map<TrainingProvider, List<Courses.Listed>> providerCourses;
    private List<Courses.Listed> queue;
    private List<Courses.Listed> toReview;
    private String rulesBody;
    private BigDecimal dailyCreditCap;
    private String criteria;

    @PostConstruct
    void load() {
        providerCourses = new LinkedHashMap<>();
        if (caller.has(Permissions.PROVIDER_WORK)) {
            for (TrainingProvider provider : providers.visibleToMe()) {
                providerCourses.put(provider, courses.ofProvider(provider.getCode()));
            }
        }
        queue = isManager() ? courses.queue() : List.of();
        toReview = caller.has(Permissions.ACCREDITATION_REVIEW) ? courses.toReview() : List.of();
    }

    public boolean isProvider() {
        return caller.has(Permissions.PROVIDER_WORK);
    }

    public boolean isManager() {
        return caller.has(Permissions.ACCREDITATION_MANAGE);
    }

    public boolean isReviewer() {
        return caller.has(Permissions.ACCREDITATION_REVIEW);
    }

    /** The body's current rules, into the form. */
    public void chooseRulesBody() {
        ProfessionalBody body = bodies.bodies().stream().filter(b -> b.getCode().equals(rulesBody)).findFirst()
                .orElse(null);
        dailyCreditCap = body == null ? null : body.getDailyCreditCap();
        criteria = body == null ? null : String.join("\n", body.getAccreditationCriteria());
    }

    public void saveRules() {
        List<String> lines = criteria == null ? List.of() : Arrays.stream(criteria.split("\\R")).toList();
        ProfessionalBody body = bodies.accreditWith(rulesBody, dailyCreditCap, lines);
        messages.info("accreditation.rulesSaved", body.getName());
    }

    public List<Choice> getBodyChoices() {
        return bodies.bodies().stream().map(b -> new Choice(b.getCode(), b.getName())).toList();
    }

    public List<Map.Entry<TrainingProvider, List<Courses.Listed>>> getProviderCourses() {
        return List.copyOf(providerCourses.entrySet());
    }

    public List<Courses.Listed> getQueue() { return queue; }
    public List<Courses.Listed> getToReview() { return toReview; }
    public String getRulesBody() { return rulesBody; }
    public void setRulesBody(String rulesBody) { this.rulesBody = rulesBody; }
    public BigDecimal getDailyCreditCap() { return dailyCreditCap; }
    public void setDailyCreditCap(BigDecimal dailyCreditCap) { this.dailyCreditCap = dailyCreditCap; }
    public String getCriteria() { return criteria; }
    public void setCriteria(String criteria) { this.criteria = criteria; }
}
