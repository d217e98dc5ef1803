package org.healthengineering.portal.web.view.recognition;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.application.recognition.RecognitionPanel;
import org.healthengineering.portal.application.recognition.RecognitionReviews;
import org.healthengineering.portal.application.recognition.RecognitionSchemes;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;

import java.io.Serializable;
import java.util.List;

/**
 * The recognition page: the schemes open to applications and the engineer's own applications; for the body's
 * assessors, the applications waiting for their review or interview report; for the body's administrators, the
 * applications submitted, the unsettled first, and every scheme with its state.
 */
@Named
@ViewScoped
public class RecognitionBacking implements Serializable {

    @Inject
    RecognitionSchemes schemes;

    @Inject
    RecognitionApplications applications;

    @Inject
    RecognitionReviews reviews;

    @Inject
    RecognitionPanel panel;

    @Inject
    Caller caller;

    private List<RecognitionSchemes.SchemeView> schemeList = List.of();
    private List<RecognitionApplications.Mine> mine = List.of();
    private List<RecognitionReviews.Assigned> assigned = List.of();
    private List<RecognitionPanel.Queued> queue = List.of();

    @PostConstruct
    void load() {
        schemeList = schemes.list();
        if (isApplicant()) {
            mine = applications.mine();
        }
        if (isReviewer()) {
            assigned = reviews.mine();
        }
        if (isBody()) {
            queue = panel.queue(null, null);
        }
    }

    public boolean isApplicant() {
        return caller.has(Permissions.RECOGNITION_APPLY);
    }

    public boolean isReviewer() {
        return caller.has(Permissions.RECOGNITION_REVIEW);
    }

    public boolean isBody() {
        return caller.has(Permissions.RECOGNITION_MANAGE);
    }

    public List<RecognitionSchemes.SchemeView> getSchemes() { return schemeList; }
    public List<RecognitionApplications.Mine> getMine() { return mine; }
    public List<RecognitionReviews.Assigned> getAssigned() { return assigned; }
    public List<RecognitionPanel.Queued> getQueue() { return queue; }
}
