package org.healthengineering.portal.web.view.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.mentoring.MentorProfiles;
import org.healthengineering.portal.application.mentoring.Mentorings;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.mentoring.MentorRanking;
import org.healthengineering.portal.domain.mentoring.MentoringStatus;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/** The mentoring page: suggestions for a target role, my relationships, and requests to me as a mentor. */
@Named
@ViewScoped
public class MentoringBacking implements Serializable {

    @Inject
    MentorProfiles profiles;

    @Inject
    Mentorings mentorings;

    @Inject
    RoleProfiles roles;

    @Inject
    Caller caller;

    @Inject
    PageMessages messages;

    private String role;
    private String message;
    private List<MentorRanking.Suggestion> suggestions = List.of();
    private List<Mentorings.Summary> relationships;
    private List<RoleProfile> roleList;

    public void suggest() {
        suggestions = role == null ? List.of() : profiles.suggest(role);
    }

    public void request(long mentorId) {
        mentorings.request(mentorId, role, message);
        relationships = null;
        messages.info("Request sent. You will be told when the mentor answers.");
        message = null;
        suggest();
    }

    public void accept(long id) {
        mentorings.accept(id);
        relationships = null;
        messages.info("Accepted.");
    }

    public void decline(long id) {
        mentorings.decline(id);
        relationships = null;
        messages.info("Declined.");
    }

    public List<Mentorings.Summary> getRelationships() {
        if (relationships == null) {
            relationships = mentorings.mine();
        }
        return relationships;
    }

    public boolean awaitsMe(Mentorings.Summary s) {
        return s.mentoring().getStatus() == MentoringStatus.REQUESTED
                && s.mentoring().getMentorId() == caller.accountId();
    }

    public boolean isEngineer() {
        return caller.has(Permissions.MENTORING);
    }

    public boolean isMentor() {
        return caller.has(Permissions.MENTOR);
    }

    public List<RoleProfile> getRoles() {
        if (roleList == null) {
            roleList = roles.roles();
        }
        return roleList;
    }

    public String getFormula() {
        return MentorRanking.FORMULA;
    }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public List<MentorRanking.Suggestion> getSuggestions() { return suggestions; }
}
