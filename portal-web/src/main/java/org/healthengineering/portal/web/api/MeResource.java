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
import org.healthengineering.portal.application.account.MyAccount;
import org.healthengineering.portal.domain.account.ApiToken;

import java.util.List;

/** The caller's own account, its preferences and personal API tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The body of {@code POST /api/v1/me/tokens}. */
    public record NewTokenJson(String name) {
    }

    /**
     * The body and answer of {@code /api/v1/me/preferences}: {@code reminderMail} says whether CPD reminders are
     * also emailed (they are always on the notification list).
     */
    public record PreferencesJson(Boolean reminderMail) {
    }

    @Inject
    MyAccount myAccount;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The caller's account and roles")
    public AccountJson me() {
        return AccountJson.of(myAccount.me());
    }

    @GET
    @Path("preferences")
    @Operation(summary = "My preferences: whether CPD reminders are also emailed")
    public PreferencesJson preferences() {
        return new PreferencesJson(myAccount.me().wantsReminderMail());
    }

    @PUT
    @Path("preferences")
    @Operation(summary = "Choose whether CPD reminders are also emailed",
            description = "Reminders stay on the notification list either way.")
    public PreferencesJson choosePreferences(PreferencesJson body) {
        return new PreferencesJson(myAccount.chooseReminderMail(body == null ? null : body.reminderMail())
                .wantsReminderMail());
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My personal API tokens (never their secrets)")
    public List<ApiTokenJson> tokens() {
        return myAccount.apiTokens().stream().map(ApiTokenJson::of).toList();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create a personal API token",
            description = "The answer holds the secret, once; the portal keeps only its hash.")
    public Response createToken(NewTokenJson body) {
        ApiToken.Issued issued = myAccount.createApiToken(body == null ? null : body.name());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(issued.token().getId())).build())
                .entity(ApiTokenJson.issued(issued)).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    public Response revokeToken(@PathParam("id") long id) {
        myAccount.revokeApiToken(id);
        return Response.noContent().build();
    }
}
