package org.healthengineering.portal.web.view.credentials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Credentials the portal issued, for body administrators: found by public id or achievement, and one chosen to be
 * suspended, reinstated or revoked, always with a reason the holder reads.
 */
@Named
@ViewScoped
public class IssuedBacking implements Serializable {

    @Inject
    Credentials credentials;

    @Inject
    PageMessages messages;

    private String text;
    private List<Credentials.Held> found = List.of();
    private Credentials.Held chosen;
    private String reason;

    public void load() {
        search();
    }

    public void search() {
        found = credentials.issued(text, 100);
    }

    public void choose(long id) {
        chosen = found.stream().filter(h -> h.credential().getId() == id).findFirst().orElse(null);
        reason = null;
    }

    public void suspend() {
        chosen = credentials.suspend(chosen.credential().getId(), reason);
        done("issued.done.suspended");
    }

    public void reinstate() {
        chosen = credentials.reinstate(chosen.credential().getId(), reason);
        done("issued.done.reinstated");
    }

    public void revoke() {
        chosen = credentials.revoke(chosen.credential().getId(), reason);
        done("issued.done.revoked");
    }

    private void done(String key) {
        messages.info(key, chosen.credential().getAchievementName());
        reason = null;
        search();
        long id = chosen.credential().getId();
        chosen = found.stream().filter(h -> h.credential().getId() == id).findFirst().orElse(chosen);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<Credentials.Held> getFound() { return found; }
    public Credentials.Held getChosen() { return chosen; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
