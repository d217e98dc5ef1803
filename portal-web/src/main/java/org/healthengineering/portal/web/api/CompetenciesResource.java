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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.healthengineering.portal.web.api.FrameworksResource.details;
import static org.healthengineering.portal.web.api.FrameworksResource.required;

/**
 * One competency: read with its equivalents; edit, move, delete and set its roll-up rule in a draft; map to other
 * frameworks.
 */
@Path("competencies")
@Produces(MediaType.APPLICATION_JSON)
public class CompetenciesResource {

    @Inject
    FrameworkCatalogue catalogue;

    @GET
    @Path("{id}")
    @Operation(summary = "One competency and its equivalents in other frameworks")
    public Map<String, Object> competency(@PathParam("id") long id) {
        Competency c = catalogue.getCompetency(id);
        return Map.of("id", c.getId(), "frameworkId", c.getFrameworkId(), "code", c.getCode(), "title", c.getTitle(),
                "statement", c.getStatement(), "itemType", c.getItemType(), "displayCode", c.displayCode(),
                "equivalents", catalogue.equivalents(id).stream().map(e -> Map.of("kind", e.kind().name(),
                        "competencyId", e.competency().getId(), "code", e.competency().getCode(),
                        "displayCode", e.competency().displayCode(), "title", e.competency().getTitle(),
                        "frameworkId", e.framework().getId(),
                        "framework", e.framework().getTitle() + " " + e.framework().displayVersion())).toList());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or rewrite a node of a draft")
    public Map<String, Object> reviseCompetency(@PathParam("id") long id, FrameworkJson.NodeBody body) {
        Competency c = catalogue.reviseCompetency(id, details(required(body)));
        return Map.of("id", c.getId(), "code", c.getCode(), "title", c.getTitle());
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move or reorder a node of a draft")
    public Response move(@PathParam("id") long id, FrameworkJson.Move body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"parentId\", \"position\"}.");
        }
        catalogue.moveCompetency(id, body.parentId(), body.position());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/roll-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reach a node of a draft through its sub-competencies",
            description = "{\"rollUp\":\"ALL_CHILDREN\"} (every sub-competency at a level reaches the node at it) or"
                    + " {\"rollUp\":\"POINTS\",\"threshold\":n} (n of them, from 1 to their number). 204; 400"
                    + " listing every problem; 409 once the framework is published.")
    public Response ruleRollUp(@PathParam("id") long id, FrameworkJson.RollUpBody body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"rollUp\": \"ALL_CHILDREN\"} or {\"rollUp\": \"POINTS\","
                    + " \"threshold\": n}.");
        }
        List<FieldProblem> unreadable = new ArrayList<>();
        RollUpKind kind = ApiInput.collect(unreadable, () -> ApiInput.enumOf(RollUpKind.class, body.rollUp(), "rollUp"));
        catalogue.ruleRollUp(id, kind, body.threshold(), unreadable);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/roll-up")
    @Operation(summary = "Reach a node of a draft by its own level only again (204, also when it had no rule)")
    public Response clearRollUp(@PathParam("id") long id) {
        catalogue.clearRollUp(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a node of a draft and everything under it")
    public Response deleteCompetency(@PathParam("id") long id) {
        catalogue.deleteCompetency(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/crosswalks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map a competency to one of another framework (EXACT_MATCH or RELATED)")
    public Response crosswalk(@PathParam("id") long id, FrameworkJson.NewCrosswalk body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"toCompetencyId\", \"kind\"}.");
        }
        catalogue.mapCompetency(id, body.toCompetencyId(), ApiInput.enumOf(CrosswalkKind.class, body.kind(), "kind"));
        return Response.status(Response.Status.CREATED).build();
    }
}
