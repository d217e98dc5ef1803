package org.healthengineering.portal.web.view.credentials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.healthengineering.portal.application.credential.CredentialLinks;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.domain.credential.IssuerKey;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Issuers and their signing keys, for body administrators: rotate an issuer's keys (the old ones retire and keep
 * verifying what they signed), or mark one key compromised, with the reason (what it signed stops verifying).
 */
@Named
@ViewScoped
public class IssuersBacking implements Serializable {

    @Inject
    Credentials credentials;

    @Inject
    PageMessages messages;

    private List<Credentials.IssuerView> issuers = List.of();
    private Long keyIssuer;
    private Long chosenKey;
    private String chosenKeyRef;
    private String reason;

    public void load() {
        issuers = credentials.issuers();
    }

    public void rotate(long issuerId) {
        Credentials.IssuerView view = credentials.rotate(issuerId);
        messages.info("issuers.done.rotated", view.name());
        load();
    }

    public void choose(long issuerId, IssuerKey key) {
        keyIssuer = issuerId;
        chosenKey = key.getId();
        chosenKeyRef = key.getKeyRef();
        reason = null;
    }

    public void compromise() {
        Credentials.IssuerView view = credentials.compromise(keyIssuer, chosenKey, reason);
        messages.info("issuers.done.compromised", view.name());
        chosenKey = null;
        reason = null;
        load();
    }

    public String url(long issuerId) {
        return CredentialLinks.issuer(issuerId);
    }

    public List<Credentials.IssuerView> getIssuers() { return issuers; }
    public Long getChosenKey() { return chosenKey; }
    public String getChosenKeyRef() { return chosenKeyRef; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
