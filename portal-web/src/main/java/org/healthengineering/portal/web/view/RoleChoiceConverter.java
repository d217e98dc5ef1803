package org.healthengineering.portal.web.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.healthengineering.portal.application.home.Homes;

/**
 * The role an engineer chooses to watch on the home page, as its code in the page: the code names one of the
 * choices the home page offers this request (a code that is not among them is refused next to the field). The
 * home page's bean is looked up when needed, since Faces creates converters itself.
 */
@FacesConverter(forClass = Homes.RoleChoice.class)
public class RoleChoiceConverter implements Converter<Homes.RoleChoice> {

    @Override
    public Homes.RoleChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CDI.current().select(HomeBacking.class).get().getRoleChoices().stream()
                .filter(r -> r.code().equals(value)).findFirst()
                .orElseThrow(() -> {
                    String text = CDI.current().select(PageMessages.class).get().text("home.engineer.unknownRole");
                    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Homes.RoleChoice value) {
        return value == null ? "" : value.code();
    }
}
