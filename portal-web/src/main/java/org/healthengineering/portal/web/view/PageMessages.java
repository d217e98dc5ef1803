package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.ResourceBundle;

/**
 * Puts messages on the page: general ones in the growl, field problems next to their field. A form's field
 * components have the field's name as id, so a {@link FieldProblem} for {@code hours} lands on
 * {@code <form>:hours}.
 */
@ApplicationScoped
public class PageMessages {

    public void info(String bundleKey) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(bundleKey), null));
    }

    public void error(String bundleKey) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(bundleKey), null));
    }

    /** Shows every problem next to its field in {@code formId}, and marks the request as failed validation. */
    public void show(String formId, InvalidInputException invalid) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldProblem problem : invalid.getProblems()) {
            context.addMessage(formId + ":" + problem.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message()));
        }
        context.validationFailed();
    }

    public void show(String formId, ConflictException conflict) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = conflict.getField() == null ? null : formId + ":" + conflict.getField();
        context.addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict.getMessage(), conflict.getMessage()));
        context.validationFailed();
    }

    public void field(String clientId, String bundleKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(bundleKey), text(bundleKey)));
        context.validationFailed();
    }

    public String text(String bundleKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(bundleKey) ? bundle.getString(bundleKey) : bundleKey;
    }
}
