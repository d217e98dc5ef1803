package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.application.hospital.Leadership;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.leadership.BoardSeat;
import org.healthengineering.portal.domain.leadership.DecisionPower;
import org.healthengineering.portal.domain.leadership.LeadershipPost;
import org.healthengineering.portal.domain.leadership.ParityScorecard;
import org.healthengineering.portal.domain.leadership.PostKind;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Hospitals, their members, leadership posts and the parity scorecard. Another hospital's data answers 404. */
@Path("hospitals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HospitalsResource {

    /** A hospital. */
    public record HospitalJson(String code, String name, String kind, String region, Integer beds,
                               Integer medicalDevices, boolean consentsToBeNamed) {
        static HospitalJson of(Hospital h) {
            return new HospitalJson(h.getCode(), h.getName(), h.getKind().name(), h.getRegion(), h.getBeds(),
                    h.getMedicalDevices(), h.isConsentsToBeNamed());
        }
    }

    /** The body of {@code PUT /hospitals/{code}/members}: emails of hospital admins and board viewers. */
    public record MembersJson(List<String> administrators, List<String> boardViewers) {
    }

    /** A leadership post; {@code decisionPowers} null means "not recorded". */
    public record PostJson(Long id, String title, String kind, String holderName, Long holderAccountId, String grade,
                           Long reportsToId, String boardSeat, BigDecimal budgetAuthority,
                           Integer responsibilityLevel, List<String> decisionPowers) {
        static PostJson of(LeadershipPost p) {
            return new PostJson(p.getId(), p.getTitle(), p.getKind().name(), p.getHolderName(), p.getHolderAccountId(),
                    p.getGrade(), p.getReportsToId(), p.getBoardSeat() == null ? null : p.getBoardSeat().name(),
                    p.getBudgetAuthority(), p.getResponsibilityLevel(),
                    p.isPowersRecorded() ? p.getPowers().stream().map(Enum::name).toList() : null);
        }
    }

    /** The parity scorecard, with its formula. */
    public record ParityJson(Integer overall, boolean engineeringLeadRecorded, List<ComparisonJson> comparisons,
                             String formula) {
    }

    /** The engineering lead against one chief. */
    public record ComparisonJson(String chief, boolean chiefRecorded, Integer score, List<AttributeJson> attributes) {
    }

    /** One attribute; {@code score} null when either side is not recorded. */
    public record AttributeJson(String name, String engineeringLead, String chief, Double score) {
    }

    @Inject
    Hospitals hospitals;

    @Inject
    Leadership leadership;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create a hospital (system administrators)")
    public Response create(HospitalJson body) {
        HospitalJson json = required(body);
        Hospital hospital = hospitals.create(json.code(), details(json));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(hospital.getCode()).build())
                .entity(HospitalJson.of(hospital)).build();
    }

    @PUT
    @Path("{code}/members")
    @Operation(summary = "Assign the hospital's administrators and board viewers by email (system administrators)")
    public HospitalJson members(@PathParam("code") String code, MembersJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"administrators\": [emails], \"boardViewers\": [emails]}.");
        }
        return HospitalJson.of(hospitals.assignMembers(code, body.administrators(), body.boardViewers()));
    }

    @GET
    @Operation(summary = "Hospitals visible to me")
    public List<HospitalJson> visible() {
        return hospitals.visibleToMe().stream().map(HospitalJson::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One hospital")
    public HospitalJson hospital(@PathParam("code") String code) {
        return HospitalJson.of(hospitals.get(code));
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Update my hospital's details (its administrators)")
    public HospitalJson update(@PathParam("code") String code, HospitalJson body) {
        if (body != null && body.code() != null && !body.code().trim().equalsIgnoreCase(code)) {
            throw InvalidInputException.of("code", "A hospital's code does not change: leave it out, or send " + code + ".");
        }
        return HospitalJson.of(hospitals.update(code, details(required(body))));
    }

    @GET
    @Path("{code}/posts")
    @Operation(summary = "The hospital's leadership posts")
    public List<PostJson> posts(@PathParam("code") String code) {
        return leadership.posts(code).stream().map(PostJson::of).toList();
    }

    @POST
    @Path("{code}/posts")
    @Operation(summary = "Add a leadership post (the hospital's administrators)")
    public Response addPost(@PathParam("code") String code, PostJson body) {
        LeadershipPost post = leadership.addPost(code, details(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(post.getId())).build())
                .entity(PostJson.of(post)).build();
    }

    @PUT
    @Path("{code}/posts/{id}")
    @Operation(summary = "Revise a leadership post (the hospital's administrators)")
    public PostJson revisePost(@PathParam("code") String code, @PathParam("id") long id, PostJson body) {
        return PostJson.of(leadership.revisePost(code, id, details(body)));
    }

    @DELETE
    @Path("{code}/posts/{id}")
    @Operation(summary = "Remove a leadership post (the hospital's administrators)")
    public Response removePost(@PathParam("code") String code, @PathParam("id") long id) {
        leadership.removePost(code, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/parity")
    @Operation(summary = "The parity scorecard: the engineering lead against the three clinical chiefs")
    public ParityJson parity(@PathParam("code") String code) {
        ParityScorecard card = leadership.parity(code);
        return new ParityJson(card.overall().orElse(null), card.engineeringLead().isPresent(),
                card.comparisons().stream().map(c -> new ComparisonJson(c.chiefKind().name(), c.chief().isPresent(),
                        c.score().orElse(null), c.attributes().stream().map(a -> new AttributeJson(a.name(), a.lead(),
                        a.chief(), a.score().orElse(null))).toList())).toList(),
                ParityScorecard.FORMULA);
    }

    private static HospitalJson required(HospitalJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the hospital as JSON.");
        }
        return body;
    }

    private static Hospitals.HospitalDetails details(HospitalJson json) {
        return new Hospitals.HospitalDetails(json.name(), ApiInput.enumOf(HospitalKind.class, json.kind(), "kind"), json.region(),
                json.beds(), json.medicalDevices(), json.consentsToBeNamed());
    }

    private static LeadershipPost.PostDetails details(PostJson json) {
        if (json == null) {
            throw InvalidInputException.of("body", "Send the post as JSON.");
        }
        Set<DecisionPower> powers = null;
        if (json.decisionPowers() != null) {
            powers = EnumSet.noneOf(DecisionPower.class);
            powers.addAll(ApiInput.enumsOf(DecisionPower.class, json.decisionPowers(), "decisionPowers"));
        }
        return new LeadershipPost.PostDetails(json.title(), ApiInput.enumOf(PostKind.class, json.kind(), "kind"),
                json.holderName(), json.holderAccountId(), json.grade(), json.reportsToId(),
                ApiInput.enumOf(BoardSeat.class, json.boardSeat(), "boardSeat"), json.budgetAuthority(),
                json.responsibilityLevel(), powers);
    }

}
