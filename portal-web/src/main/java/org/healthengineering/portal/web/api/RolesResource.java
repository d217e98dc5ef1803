package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.domain.role.RuleKind;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;
import java.util.Map;

/** Role profiles such as Chief Healthcare Engineer. */
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolesResource {

    /** A qualification rule: kind ALL, ANY or AT_LEAST (with minCount), options by catalogue code, nested rules. */
    public record RuleJson(String kind, Integer minCount, String description, List<String> qualifications,
                           List<RuleJson> rules) {
    }

    /** A competency requirement. */
    public record RequirementJson(long competencyId, int minLevel, boolean verificationRequired) {
    }

    /** A role profile. */
    public record RoleJson(String code, String title, String summary, int minYears, int responsibilityLevel,
                           String authorityNotes, List<RuleJson> qualificationRules,
                           List<RequirementJson> competencies) {
    }

    @Inject
    RoleProfiles roles;

    @GET
    @Operation(summary = "Every role profile")
    public List<RoleJson> roles() {
        Map<Long, Qualification> qualifications = roles.qualificationsById();
        return roles.roles().stream().map(role -> json(role, qualifications)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One role profile")
    public RoleJson role(@PathParam("code") String code) {
        return json(roles.role(code), roles.qualificationsById());
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Define or replace a role profile (body administrators)")
    public RoleJson define(@PathParam("code") String code, RoleJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the role profile as JSON.");
        }
        RoleProfile role = roles.define(code, body.title(), body.summary(), body.minYears(), body.responsibilityLevel(),
                body.authorityNotes(),
                body.qualificationRules() == null ? List.of() : body.qualificationRules().stream().map(this::rule).toList(),
                body.competencies() == null ? List.of() : body.competencies().stream()
                        .map(r -> new RoleProfiles.RequirementDefinition(r.competencyId(), r.minLevel(),
                                r.verificationRequired())).toList());
        return json(role, roles.qualificationsById());
    }

    private RoleProfiles.RuleDefinition rule(RuleJson json) {
        RuleKind kind = ApiInput.enumOf(RuleKind.class, json.kind(), "qualificationRules");
        return new RoleProfiles.RuleDefinition(kind, json.minCount(), json.description(), json.qualifications(),
                json.rules() == null ? List.of() : json.rules().stream().map(this::rule).toList());
    }

    private RoleJson json(RoleProfile role, Map<Long, Qualification> qualifications) {
        return new RoleJson(role.getCode(), role.getTitle(), role.getSummary(), role.getMinYears(),
                role.getResponsibilityLevel(), role.getAuthorityNotes(),
                role.topLevelRules().stream().map(r -> ruleJson(role, r, qualifications)).toList(),
                role.getCompetencies().stream().map(c -> new RequirementJson(c.getCompetencyId(), c.getMinLevel(),
                        c.isVerificationRequired()))
                        .toList());
    }

    private static RuleJson ruleJson(RoleProfile role, QualificationRule rule, Map<Long, Qualification> qualifications) {
        return new RuleJson(rule.getKind().name(), rule.getMinCount(), rule.getDescription(),
                RoleProfiles.optionCodes(rule, qualifications),
                role.childrenOf(rule).stream().map(child -> ruleJson(role, child, qualifications)).toList());
    }
}
