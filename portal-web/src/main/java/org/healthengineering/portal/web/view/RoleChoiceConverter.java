package org.healthengineering.portal.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

import org.healthengineering.portal.application.home.Homes;

/**
 * The role an engineer chooses to watch on the home page, as its code in the page: the code names one of the
 * choices the home page offers (a code that is not among them is refused next to the field).
 */
@FacesConverter(forClass = Homes.RoleChoice.class, managed = true)
public class RoleChoiceConverter implements Converter<Homes.RoleChoice> {

    @Inject
    HomeBacking home;

    @Inject
    PageMessages messages;

    @Override
    public Homes.RoleChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return home.getRoleChoices().stream().filter(r -> r.code().equals(value)).findFirst()
                .orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.text("home.engineer.unknownRole"), messages.text("home.engineer.unknownRole"))));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Homes.RoleChoice value) {
        return value == null ? "" : value.code();
    }
}
