package org.healthengineering.portal.web.view.recognition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;

/**
 * A referee's answer, reached through the link mailed to them once they have signed in: whose application, for
 * what, and the applicant's statements; then a confirmation of the applicant's competence (referees are registered
 * with the body) or a refusal with its reason.
 */
@Named
@ViewScoped
public class RefereeBacking implements Serializable {

    @Inject
    RecognitionApplications applications;

    @Inject
    PageMessages messages;

    private String token;
    private RecognitionApplications.RefereeRequest request;
    private String statement;
    private String reason;

    public void load() {
        request = applications.request(token);
    }

    public void confirm() {
        request = applications.confirm(token, statement);
        messages.info("referee.done.confirmed");
    }

    public void decline() {
        request = applications.decline(token, reason);
        messages.info("referee.done.declined");
    }

    public boolean isWaiting() {
        return request.referee().getState() == org.healthengineering.portal.domain.recognition.RefereeState.INVITED
                && request.application().application().getState()
                == org.healthengineering.portal.domain.recognition.ApplicationState.AWAITING_REFEREES;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public RecognitionApplications.RefereeRequest getRequest() { return request; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
