package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.application.recognition.RecognitionSchemes;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.net.URI;
import java.util.List;

/**
 * Recognition schemes (issue 12): everyone signed in reads the open ones and their eligibility for them; body
 * administrators define, change, open and close schemes.
 */
@Path("recognition-schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionSchemesResource {

    @Inject
    RecognitionSchemes schemes;

    @Inject
    RecognitionApplications applications;

    @GET
    @Operation(summary = "Open recognition schemes (every scheme for body administrators), by body and name")
    public List<RecognitionJson.SchemeOut> list() {
        return schemes.list().stream().map(RecognitionJson.SchemeOut::of).toList();
    }

    @POST
    @Operation(summary = "Define a scheme of a body {body: its code, code, name, summary, areas, criteria, ...} as a"
            + " draft; its award joins the qualification catalogue")
    public Response define(RecognitionJson.SchemeInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the scheme as JSON.");
        }
        RecognitionSchemes.SchemeView view = schemes.define(body.body(), body.terms());
        return Response.created(URI.create("recognition-schemes/" + view.scheme().getId()))
                .entity(RecognitionJson.SchemeOut.of(view)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A scheme: open ones for everyone signed in, any for body administrators")
    public RecognitionJson.SchemeOut get(@PathParam("id") long id) {
        return RecognitionJson.SchemeOut.of(schemes.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a scheme's terms; what applications are assessed on stays while any is in progress")
    public RecognitionJson.SchemeOut revise(@PathParam("id") long id, RecognitionJson.SchemeInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the scheme as JSON.");
        }
        return RecognitionJson.SchemeOut.of(schemes.revise(id, body.terms()));
    }

    @POST
    @Path("{id}/opening")
    @Operation(summary = "Open the scheme to applications")
    public RecognitionJson.SchemeOut open(@PathParam("id") long id) {
        return RecognitionJson.SchemeOut.of(schemes.open(id));
    }

    @POST
    @Path("{id}/closing")
    @Operation(summary = "Close the scheme to new applications; those made go on")
    public RecognitionJson.SchemeOut close(@PathParam("id") long id) {
        return RecognitionJson.SchemeOut.of(schemes.close(id));
    }

    @GET
    @Path("{id}/eligibility")
    @Operation(summary = "The caller's eligibility for the scheme, criterion by criterion, with the records used")
    public List<VacancyJson.FindingJson> eligibility(@PathParam("id") long id) {
        return VacancyJson.FindingJson.of(applications.eligibility(id));
    }
}
