package org.healthengineering.portal.web.view.cpd;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Professional bodies and their CPD requirements: everyone reads them, body administrators keep them. */
@Named
@ViewScoped
public class BodiesBacking implements Serializable {

    @Inject
    ProfessionalBodies bodies;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private String code;
    private boolean existing;
    private String name;
    private String cpdPolicy;
    private Integer cycleMonths;
    private BigDecimal targetHours;
    private Integer minActivityTypes;
    private boolean reflectionRequired;
    private List<ActivityType> requiredTypes = new ArrayList<>();
    private List<ProfessionalBody> bodyList;

    public List<ProfessionalBody> getBodies() {
        if (bodyList == null) {
            bodyList = bodies.bodies();
        }
        return bodyList;
    }

    /** The mix a body wants, in words. */
    public String mix(ProfessionalBody body) {
        List<String> parts = new ArrayList<>();
        if (!body.getRequiredTypes().isEmpty()) {
            parts.add(messages.text("bodies.mix.types", String.join(", ", body.getRequiredTypes().stream()
                    .map(ActivityType::getLabel).toList())));
        }
        if (body.getMinActivityTypes() > 0) {
            parts.add(messages.text("bodies.mix.atLeast", body.getMinActivityTypes()));
        }
        return parts.isEmpty() ? messages.text("bodies.mix.none") : String.join("; ", parts);
    }

    public boolean isEditor() {
        return caller.has(Permissions.BODY_MANAGE);
    }

    public void start(ProfessionalBody body) {
        existing = body != null;
        code = body == null ? null : body.getCode();
        name = body == null ? null : body.getName();
        cpdPolicy = body == null ? null : body.getCpdPolicy();
        cycleMonths = body == null ? 12 : body.getCycleMonths();
        targetHours = body == null ? null : body.getTargetHours();
        minActivityTypes = body == null ? 0 : body.getMinActivityTypes();
        reflectionRequired = body != null && body.isReflectionRequired();
        requiredTypes = body == null ? new ArrayList<>() : new ArrayList<>(body.getRequiredTypes());
    }

    public void save() {
        bodies.define(code, new ProfessionalBody.Requirements(name, cpdPolicy, cycleMonths, targetHours,
                minActivityTypes, reflectionRequired, requiredTypes.isEmpty()
                ? EnumSet.noneOf(ActivityType.class) : EnumSet.copyOf(requiredTypes)));
        bodyList = null;
        messages.info("bodies.saved", name);
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public ActivityType[] getTypes() { return ActivityType.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isExisting() { return existing; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCpdPolicy() { return cpdPolicy; }
    public void setCpdPolicy(String cpdPolicy) { this.cpdPolicy = cpdPolicy; }
    public Integer getCycleMonths() { return cycleMonths; }
    public void setCycleMonths(Integer cycleMonths) { this.cycleMonths = cycleMonths; }
    public BigDecimal getTargetHours() { return targetHours; }
    public void setTargetHours(BigDecimal targetHours) { this.targetHours = targetHours; }
    public Integer getMinActivityTypes() { return minActivityTypes; }
    public void setMinActivityTypes(Integer minActivityTypes) { this.minActivityTypes = minActivityTypes; }
    public boolean isReflectionRequired() { return reflectionRequired; }
    public void setReflectionRequired(boolean reflectionRequired) { this.reflectionRequired = reflectionRequired; }
    public List<ActivityType> getRequiredTypes() { return requiredTypes; }
    public void setRequiredTypes(List<ActivityType> requiredTypes) { this.requiredTypes = requiredTypes; }
}
