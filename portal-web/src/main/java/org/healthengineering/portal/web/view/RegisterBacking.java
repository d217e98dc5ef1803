package org.healthengineering.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

import org.healthengineering.portal.application.account.Registration;
import org.healthengineering.portal.domain.account.NewAccount;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

/** Self-registration of an engineer. */
@Named
@RequestScoped
public class RegisterBacking {

    private static final String FORM = "register-form";

    @Inject
    Registration registration;

    @Inject
    PageMessages messages;

    private String email;
    private String displayName;
    private String password;
    private String passwordRepeat;

    public String register() {
        NewAccount request = new NewAccount(email, displayName, password);
        if (password == null || !password.equals(passwordRepeat)) {
            List<FieldProblem> problems = request.problems();
            if (!problems.isEmpty()) {
                messages.show(FORM, new InvalidInputException(problems));
            }
            messages.field(FORM + ":passwordRepeat", "register.passwordsDiffer");
            return null;
        }
        registration.register(request);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.info("register.checkEmail");
        return "/login?faces-redirect=true";
    }


    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
