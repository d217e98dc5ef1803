package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.faces.Words;

import java.util.Map;
import java.util.Optional;

/**
 * Puts messages on the page: general ones in the growl, field problems next to their field. A form's field
 * components have the field's name as id, so a {@link FieldProblem} for {@code hours} lands on
 * {@code <form>:hours}; a problem for a field the form does not show goes to the growl, so none is lost.
 * <p>
 * Backing beans do not catch business exceptions: {@code ExpectedFailuresHandlerFactory} hands every
 * {@link InvalidInputException} and {@link ConflictException} thrown by an action to {@link #showOnSubmittedForm}.
 */
@ApplicationScoped
public class PageMessages {

    private static final String SUMMARY_SHOWN = PageMessages.class.getName() + ".summary";

    public void info(String bundleKey, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(bundleKey, arguments), null));
    }

    public void error(String bundleKey, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(bundleKey, arguments), null));
    }

    /** Shows every problem next to its field in {@code formId}, and marks the request as failed validation. */
    public void show(String formId, InvalidInputException invalid) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldProblem problem : invalid.getProblems()) {
            add(context, formId, problem.field(), problem.message());
        }
        context.validationFailed();
    }

    /**
     * Shows a refused input or a conflict on the form that was submitted (or in the growl when no form was).
     *
     * @return whether the failure was one this method shows
     */
    public boolean showOnSubmittedForm(FacesContext context, RuntimeException failure) {
        String formId = submittedForm(context).map(form -> form.getClientId(context)).orElse(null);
        if (failure instanceof InvalidInputException invalid) {
            invalid.getProblems().forEach(problem -> add(context, formId, problem.field(), problem.message()));
        } else if (failure instanceof ConflictException conflict) {
            add(context, formId, conflict.getField(), conflict.getMessage());
        } else {
            return false;
        }
        context.validationFailed();
        return true;
    }

    public void field(String clientId, String bundleKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(bundleKey), text(bundleKey)));
        context.validationFailed();
    }

    /** The bundle's text for the key, with {@code {0}}-style arguments filled in; the key itself when missing. */
    public String text(String bundleKey, Object... arguments) {
        return Words.fill(bundleKey, arguments);
    }

    private void add(FacesContext context, String formId, String field, String message) {
        String clientId = null;
        if (formId != null && field != null && !field.isBlank()) {
            String candidate = formId + ":" + componentPath(field);
            if (exists(context, candidate)) {
                clientId = candidate;
            }
        }
        // A problem in an uploaded file names its place for a person ("row 5, hours"): say where, as no field shows it.
        String shown = clientId == null && field != null && field.startsWith("row ")
                ? "Row" + field.substring(3) + ": " + message : message;
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, shown));
        if (clientId != null && !context.getAttributes().containsKey(SUMMARY_SHOWN)) {
            context.getAttributes().put(SUMMARY_SHOWN, Boolean.TRUE);
            String summary = text("form.notSaved");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
        }
    }

    /** A service names a table row's field {@code lines[3].fte}; in the page it is {@code lines:3:fte}. */
    static String componentPath(String field) {
        return field.replaceAll("\\[(\\d+)]\\.?", ":$1:").replaceAll(":$", "");
    }

    /**
     * Whether the component is on the page; an input is marked invalid, so it shows red and says aria-invalid, and
     * keeps what the person entered in it.
     */
    private static boolean exists(FacesContext context, String clientId) {
        boolean[] found = new boolean[1];
        try {
            context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
                found[0] = true;
                if (component instanceof UIInput input) {
                    keepWhatWasEntered(ctx, input);
                    input.setValid(false);
                }
            });
        } catch (RuntimeException notAComponentPath) {
            return false;
        }
        return found[0];
    }

    /**
     * An input the service refused has passed conversion and updated the model, so its submitted value is gone; an
     * invalid input renders its submitted value, which would show the field empty. Puts the entered value back as
     * text. Check boxes, choices of several values and moments render from the model as they are: left alone.
     */
    static void keepWhatWasEntered(FacesContext context, UIInput input) {
        if (input.getSubmittedValue() != null) {
            return;
        }
        Object value = input.getValue();
        // Text, numbers, choices by code and days (whose text, 2026-04-01, is the date picker's own pattern).
        boolean plain = value instanceof String || value instanceof Number || value instanceof Enum<?>
                || value instanceof java.time.LocalDate;
        if (!plain) {
            return;
        }
        jakarta.faces.convert.Converter<Object> converter = input.getConverter();
        input.setSubmittedValue(converter != null ? converter.getAsString(context, input, value) : value.toString());
    }

    private static UIComponent findQuietly(FacesContext context, String clientId) {
        try {
            return context.getViewRoot().findComponent(clientId);
        } catch (IllegalArgumentException notANamingContainer) {
            return null;
        }
    }

    /**
     * The form whose fields came with the request: every form posts a hidden parameter named and valued by its
     * client id. (Visiting the tree instead would evaluate the {@code rendered} conditions of table cells
     * outside their rows.)
     */
    private static Optional<UIForm> submittedForm(FacesContext context) {
        if (context.getViewRoot() == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> parameter : context.getExternalContext().getRequestParameterMap().entrySet()) {
            if (parameter.getKey().equals(parameter.getValue())
                    && findQuietly(context, parameter.getKey()) instanceof UIForm form) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
