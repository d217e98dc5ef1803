package org.healthengineering.portal.web.view.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.mentoring.Verifications;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** Competencies whose verifiers disagree, for assessors to settle with their own verification. */
@Named
@ViewScoped
public class DisputesBacking implements Serializable {

    @Inject
    Verifications verifications;

    @Inject
    PageMessages messages;

    private List<Verifications.Dispute> disputes;
    private Integer level;
    private String reason;

    public void load() {
        disputes = verifications.disputes();
    }

    public void settle(long engineerId, long competencyId) {
        verifications.verify(engineerId, competencyId, level == null ? 0 : level, reason);
        messages.info("Your verification is recorded.");
        level = null;
        reason = null;
        load();
    }

    public List<Verifications.Dispute> getDisputes() { return disputes; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
