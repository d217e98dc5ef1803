package org.healthengineering.portal.web.view.recognition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.application.recognition.RecognitionCases;
import org.healthengineering.portal.application.recognition.RecognitionSchemes;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * One recognition scheme: what it recognises, the areas assessed with their word limits, the evidence, referees and
 * interview it asks for, how long an award lasts; for an engineer, what the eligibility engine finds for them
 * criterion by criterion (it informs, it bars nobody) and the way to start an application or carry on with theirs;
 * for a body administrator, opening and closing it.
 */
@Named
@ViewScoped
public class SchemeBacking implements Serializable {

    @Inject
    RecognitionSchemes schemes;

    @Inject
    RecognitionApplications applications;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private Long id;
    private RecognitionSchemes.SchemeView view;
    private List<Finding> findings = List.of();
    private RecognitionApplications.Mine open;

    public void load() {
        view = schemes.get(id == null ? -1 : id);
        if (isApplicant()) {
            findings = applications.eligibility(view.scheme().getId());
            open = applications.mine().stream().filter(m -> m.application().getSchemeId().equals(view.scheme().getId())
                    && m.application().getState().isOpen()).findFirst().orElse(null);
        }
    }

    public String start() {
        RecognitionCases.ApplicationView started = applications.start(view.scheme().getId());
        messages.info("scheme.done.started", view.scheme().getName());
        return "/recognition/application?faces-redirect=true&id=" + started.application().getId();
    }

    public void open() {
        view = schemes.open(view.scheme().getId());
        messages.info("scheme.done.opened", view.scheme().getName());
    }

    public void close() {
        view = schemes.close(view.scheme().getId());
        messages.info("scheme.done.closed", view.scheme().getName());
    }

    public boolean isApplicant() {
        return caller.has(Permissions.RECOGNITION_APPLY);
    }

    public boolean isBody() {
        return caller.has(Permissions.RECOGNITION_MANAGE);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RecognitionSchemes.SchemeView getView() { return view; }
    public List<Finding> getFindings() { return findings; }
    public RecognitionApplications.Mine getOpen() { return open; }
}
