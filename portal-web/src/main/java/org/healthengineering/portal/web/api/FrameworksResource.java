package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.framework.CaseJson;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.framework.FrameworkCsv;
import org.healthengineering.portal.application.framework.FrameworkInterchange;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Competency frameworks: read, import and export (CASE, CSV), edit drafts, publish, retire, version. */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworksResource {

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    FrameworkInterchange interchange;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Frameworks I may read (drafts only for body administrators)")
    public List<FrameworkJson.Summary> frameworks() {
        return catalogue.frameworks().stream().map(FrameworkJson.Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One framework with its scale and competency tree")
    public FrameworkJson.Tree framework(@PathParam("id") long id) {
        return FrameworkJson.Tree.of(catalogue.getFramework(id), catalogue.tree(id));
    }

    @GET
    @Path("{id}/case")
    @Operation(summary = "The framework as a 1EdTech CASE CFPackage")
    public Response exportCase(@PathParam("id") long id) {
        return Response.ok(CaseJson.write(interchange.exportPackage(id), caseBase()).toString(),
                MediaType.APPLICATION_JSON).header("Content-Disposition",
                "attachment; filename=\"framework-" + id + "-case.json\"").build();
    }

    @GET
    @Path("{id}/csv")
    @Produces(FrameworkCsv.MEDIA_TYPE)
    @Operation(summary = "The framework's nodes as CSV (columns documented in the README)")
    public Response exportCsv(@PathParam("id") long id) {
        return Response.ok(FrameworkCsv.write(interchange.exportPackage(id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"framework-" + id + ".csv\"").build();
    }

    @POST
    @Path("import")
    @Consumes(CaseJson.MEDIA_TYPE)
    @Operation(summary = "Import a CASE CFPackage as a new draft",
            description = "201 with the framework; 422 listing every problem (nothing is stored).")
    public Response importCase(InputStream body) {
        return created(interchange.importCase(body));
    }

    @POST
    @Path("import")
    @Consumes(FrameworkCsv.MEDIA_TYPE)
    @Operation(summary = "Import a CSV framework as a new draft",
            description = "Query parameters code, title, publisher and version name the framework. 201, or 422.")
    public Response importCsv(InputStream body, @QueryParam("code") String code, @QueryParam("title") String title,
                              @QueryParam("publisher") String publisher, @QueryParam("version") String version) {
        return created(interchange.importCsv(new InputStreamReader(body, StandardCharsets.UTF_8),
                new FrameworkCsv.Details(code, title, publisher, version)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an empty draft framework (body administrators)")
    public Response createDraft(FrameworkJson.NewDraft body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"code\", \"title\", \"publisher\", \"versionLabel\"}.");
        }
        return created(catalogue.createDraft(body.code(), body.title(), body.publisher(), body.versionLabel()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft; it can no longer change")
    public FrameworkJson.Summary publish(@PathParam("id") long id) {
        return FrameworkJson.Summary.of(catalogue.publish(id));
    }

    @POST
    @Path("{id}/retire")
    @Operation(summary = "Retire a published framework (kept for history)")
    public FrameworkJson.Summary retire(@PathParam("id") long id) {
        return FrameworkJson.Summary.of(catalogue.retire(id));
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a new version: a draft copy of this framework")
    public Response newVersion(@PathParam("id") long id, FrameworkJson.NewVersion body) {
        return created(catalogue.newVersion(id, body == null ? null : body.versionLabel()));
    }

    @POST
    @Path("{id}/competencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a node to a draft (parentId null for a top-level node)")
    public Response addCompetency(@PathParam("id") long id, FrameworkJson.NodeBody body) {
        FrameworkJson.NodeBody node = required(body);
        Competency competency = catalogue.addCompetency(id, node.parentId(), details(node));
        return Response.created(URI.create(base() + "/competencies/" + competency.getId()))
                .entity(Map.of("id", competency.getId(), "code", competency.getCode())).build();
    }

    static FrameworkJson.NodeBody required(FrameworkJson.NodeBody body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"code\", \"title\", \"statement\", \"itemType\"}.");
        }
        return body;
    }

    static FrameworkCatalogue.NodeDetails details(FrameworkJson.NodeBody body) {
        return new FrameworkCatalogue.NodeDetails(body.code(), body.title(), body.statement(), body.itemType(),
                body.proficientFrom());
    }

    private Response created(Framework framework) {
        return Response.created(URI.create(base() + "/frameworks/" + framework.getId()))
                .entity(FrameworkJson.Summary.of(framework)).build();
    }

    private String base() {
        return uriInfo.getBaseUri().toString().replaceAll("/$", "");
    }

    private String caseBase() {
        return base() + "/case/v1p0";
    }
}
