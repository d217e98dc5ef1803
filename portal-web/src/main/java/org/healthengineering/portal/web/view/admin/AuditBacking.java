package org.healthengineering.portal.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.audit.AuditQuery;
import org.healthengineering.portal.application.audit.AuditTrail;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEntry;
import org.healthengineering.portal.web.view.ServiceLazyModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** Administration: the audit trail, filtered by action, actor and dates. Read-only by design. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Inject
    AuditTrail auditTrail;

    private ServiceLazyModel<AuditEntry> entries;
    private AuditAction action;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        entries = new ServiceLazyModel<>(
                (filters, page) -> auditTrail.entries(new AuditQuery(action, actor, null, from, to), page),
                Map.of(), AuditEntry::getId);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ServiceLazyModel<AuditEntry> getEntries() {
        return entries;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
