package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.account.Registration;
import org.healthengineering.portal.domain.shared.InvalidInputException;

/**
 * The page behind the link mailed at registration. Confirming takes a press of the button, not just opening the
 * link, so a mail scanner that fetches links does not confirm an address on its owner's behalf.
 */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject
    Registration registration;

    @Inject
    PageMessages messages;

    private String token;

    public String confirm() {
        try {
            registration.confirm(token);
        } catch (InvalidInputException e) {
            messages.error("confirm.failed");
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.info("confirm.done");
        return "/login?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
