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
import org.healthengineering.portal.domain.mentoring.Mentoring;
import org.healthengineering.portal.domain.mentoring.MentoringStatus;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.web.faces.Formats;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Inject
    Formats formats;

    private String role;
    private String message;
    private List<MentorRanking.Suggestion> suggestions = List.of();
    private List<Mentorings.Summary> relationships;
    private Map<Long, Mentoring> openByMentor;
    private List<RoleProfile> roleList;
    private Map<String, String> roleTitles;

    public void suggest() {
        suggestions = role == null ? List.of() : profiles.suggest(role);
    }

    public void request(long mentorId) {
        mentorings.request(mentorId, role, message);
        forgetRelationships();
        messages.info("mentoring.requested");
        message = null;
        suggest();
    }

    public void accept(long id) {
        mentorings.accept(id);
        forgetRelationships();
        messages.info("mentoring.accepted");
    }

    public void decline(long id) {
        mentorings.decline(id);
        forgetRelationships();
        messages.info("mentoring.declined");
    }

    public List<Mentorings.Summary> getRelationships() {
        if (relationships == null) {
            relationships = mentorings.mine();
        }
        return relationships;
    }

    /** After a change, the relationships (and the mentors they make unavailable) are read again. */
    private void forgetRelationships() {
        relationships = null;
        openByMentor = null;
    }

    /**
     * The caller's open request to, or active relationship with, a mentor, if any: then the mentor is not offered
     * to be asked again (the service would refuse it).
     */
    public Mentoring openWith(long mentorId) {
        if (openByMentor == null) {
            openByMentor = new HashMap<>();
            long me = caller.accountId();
            getRelationships().stream().map(Mentorings.Summary::mentoring)
                    .filter(m -> m.getMenteeId() == me && (m.getStatus() == MentoringStatus.REQUESTED || m.isActive()))
                    .forEach(m -> openByMentor.putIfAbsent(m.getMentorId(), m));
        }
        return openByMentor.get(mentorId);
    }

    /** What stands instead of "Ask" for a mentor already asked: "Asked on 30 Nov 2026", or since when they mentor. */
    public String askedWith(long mentorId) {
        Mentoring open = openWith(mentorId);
        if (open == null) {
            return "";
        }
        return open.isActive() ? messages.text("mentoring.mentorSince", formats.date(open.getRespondedAt()))
                : messages.text("mentoring.askedOn", formats.date(open.getRequestedAt()));
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
            roleTitles = new HashMap<>();
            roleList.forEach(r -> roleTitles.put(r.getCode(), r.getTitle()));
        }
        return roleList;
    }

    /** The title of the role a relationship works towards (none for a relationship without one). */
    public String roleTitle(String code) {
        if (code == null) {
            return "";
        }
        getRoles();
        return roleTitles.getOrDefault(code, "");
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
