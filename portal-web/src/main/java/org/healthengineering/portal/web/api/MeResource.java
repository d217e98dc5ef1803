package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.account.MyAccount;

/** The caller's own account. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MyAccount myAccount;

    @GET
    @Operation(summary = "The caller's account and roles")
    public AccountJson me() {
        return AccountJson.of(myAccount.me());
    }
}
