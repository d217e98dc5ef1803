package org.healthengineering.portal.web.view.credentials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.healthengineering.portal.application.credential.Verification;

import java.io.Serializable;

/** A credential its holder shares by link, for anyone: who holds it, what it is, and every check, verified now. */
@Named
@ViewScoped
public class SharedBacking implements Serializable {

    @Inject
    Verification verification;

    private String token;
    private transient Verification.Shared shared;

    public void load() {
        shared = verification.verifyShared(token);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Verification.Shared getShared() { return shared; }
}
