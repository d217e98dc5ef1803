package org.healthengineering.portal.web.view.competence;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.healthengineering.portal.domain.cpd.ActivityType;

import java.util.ResourceBundle;

/**
 * CPD activity types chosen in a list of several ({@code hep:field type="multi" converter="portal.ActivityType"}):
 * the page carries a type's name, the bean receives the type, and the person reads the type's words.
 */
@FacesConverter("portal.ActivityType")
public class ActivityTypeConverter implements Converter<ActivityType> {

    @Override
    public ActivityType getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ActivityType.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
            String message = bundle.getString("bodies.unknownType");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), unknown);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ActivityType value) {
        return value == null ? "" : value.name();
    }
}
