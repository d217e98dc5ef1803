package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.healthengineering.portal.application.accreditation.Providers;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;

/**
 * Training providers and their members (issue 11). Body and system administrators create them and assign members;
 * a member reads its own; another provider answers 404.
 */
@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProvidersResource {

    /** A training provider; {@code members} is the number of its member accounts. */
    public record ProviderJson(String code, String name, String contactEmail, String website, Integer members) {
        static ProviderJson of(TrainingProvider p) {
            return new ProviderJson(p.getCode(), p.getName(), p.getContactEmail(), p.getWebsite(), p.getMemberIds().size());
        }
    }

    /** The body of {@code PUT /providers/{code}/members}: the emails of the provider's member accounts. */
    public record MembersJson(List<String> members) {
    }

    @Inject
    Providers providers;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create a training provider (body and system administrators)")
    public Response create(ProviderJson body) {
        ProviderJson json = required(body);
        TrainingProvider provider = providers.create(json.code(), details(json));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(provider.getCode()).build())
                .entity(ProviderJson.of(provider)).build();
    }

    @GET
    @Operation(summary = "Training providers visible to me: all for administrators, otherwise the ones I work for")
    public List<ProviderJson> visible() {
        return providers.visibleToMe().stream().map(ProviderJson::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One training provider")
    public ProviderJson provider(@PathParam("code") String code) {
        return ProviderJson.of(providers.get(code));
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Change a provider's name, contact and website (body and system administrators)")
    public ProviderJson update(@PathParam("code") String code, ProviderJson body) {
        ProviderJson json = required(body);
        if (json.code() != null && !json.code().trim().equalsIgnoreCase(code)) {
            throw InvalidInputException.of("code", "A provider's code does not change: leave it out, or send " + code + ".");
        }
        return ProviderJson.of(providers.update(code, details(json)));
    }

    @PUT
    @Path("{code}/members")
    @Operation(summary = "Assign the provider's members by email (body and system administrators)")
    public ProviderJson members(@PathParam("code") String code, MembersJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"members\": [emails]}.");
        }
        return ProviderJson.of(providers.assignMembers(code, body.members()));
    }

    private static ProviderJson required(ProviderJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the provider as JSON: code, name, contactEmail, website.");
        }
        return body;
    }

    private static Providers.ProviderDetails details(ProviderJson json) {
        return new Providers.ProviderDetails(json.name(), json.contactEmail(), json.website());
    }
}
