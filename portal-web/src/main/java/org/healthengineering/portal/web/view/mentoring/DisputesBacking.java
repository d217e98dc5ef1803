package org.healthengineering.portal.web.view.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.mentoring.Verifications;
import org.healthengineering.portal.domain.framework.ProficiencyLevel;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.faces.Choice;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.frameworks.ScaleWords;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Competencies whose verifiers disagree, for assessors to settle with their own verification, choosing a level
 * of the competency's own scale.
 */
@Named
@ViewScoped
public class DisputesBacking implements Serializable {

    @Inject
    Verifications verifications;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    PageMessages messages;

    @Inject
    ScaleWords scaleWords;

    private List<Verifications.Dispute> disputes;
    private Map<Long, List<ProficiencyLevel>> scales = Map.of();
    private Verifications.Dispute selected;
    private Integer level;
    private String reason;

    public void load() {
        disputes = verifications.disputes();
        scales = catalogue.scales(disputes.stream().map(Verifications.Dispute::competencyId).collect(Collectors.toSet()));
    }

    /** Each verifier's latest level, named: "Sam Mentor: 2 — Assisted practice; Ali Assessor: 4 — Leads others". */
    public String levels(Verifications.Dispute dispute) {
        List<ProficiencyLevel> scale = scales.get(dispute.competencyId());
        return new TreeMap<>(dispute.levelsByVerifier()).entrySet().stream()
                .map(e -> messages.text("disputes.verifierLevel", e.getKey(), scaleWords.of(scale, e.getValue())))
                .collect(Collectors.joining("; "));
    }

    public void start(Verifications.Dispute dispute) {
        selected = dispute;
        level = null;
        reason = null;
    }

    public List<Choice> getLevelChoices() {
        return selected == null ? List.of() : scaleWords.choices(scales.get(selected.competencyId()));
    }

    public void settle() {
        if (level == null) {
            throw InvalidInputException.of("level", messages.text("relationship.chooseLevel"));
        }
        verifications.verify(selected.engineerId(), selected.competencyId(), level, reason);
        messages.info("disputes.settled");
        load();
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public List<Verifications.Dispute> getDisputes() { return disputes; }
    public Verifications.Dispute getSelected() { return selected; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
