package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.healthengineering.portal.application.account.AccountAdministration;
import org.healthengineering.portal.application.account.Registration;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.NewAccount;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.domain.shared.PageRequest;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Registration (anyone) and account administration (system administrators). */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Registration registration;

    @Inject
    AccountAdministration administration;

    @Context
    UriInfo uriInfo;

    @POST
    @SecurityRequirements
    @Operation(summary = "Register as an engineer",
            description = "202 when the request is well formed: a mail goes to the address, with a link that opens"
                    + " the account (or, if the email has an account already, a note to its owner). The answer is"
                    + " the same either way. 400 with field errors.")
    public Response register(RegistrationJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"email\", \"displayName\", \"password\"}.");
        }
        registration.register(new NewAccount(body.email(), body.displayName(), body.password()));
        return Response.accepted(new Accepted("Check your email: follow the link sent to " + body.email().trim()
                + " within 48 hours to open your account.")).build();
    }

    /** The answer to a registration, the same whether or not the email had an account. */
    public record Accepted(String detail) {
    }

    /** The body of {@code POST /accounts/confirmations}: the token from the link mailed at registration. */
    public record ConfirmationJson(String token) {
    }

    @POST
    @Path("confirmations")
    @SecurityRequirements
    @Operation(summary = "Confirm an email with the token from the registration mail",
            description = "200 with the confirmed email; the account can sign in from now on. 400 if the token is"
                    + " unknown, used or expired.")
    public Map<String, String> confirm(ConfirmationJson body) {
        return Map.of("email", registration.confirm(body == null ? null : body.token()));
    }

    @GET
    @Operation(summary = "List accounts (system administrators)",
            description = "Accounts whose email or name contains the text given as email, ordered by email.")
    public PageJson<AccountJson> accounts(@QueryParam("email") String email,
                                          @QueryParam("offset") @DefaultValue("0") int offset,
                                          @QueryParam("limit") @DefaultValue("50") int limit) {
        Page<Account> page = administration.accounts(email, new PageRequest(offset, limit, "email", true));
        return new PageJson<>(page.items().stream().map(AccountJson::of).toList(), page.total(), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (system administrators)")
    public AccountJson account(@PathParam("id") long id) {
        return AccountJson.of(administration.getAccount(id));
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace the roles an account holds (system administrators)")
    public AccountJson assignRoles(@PathParam("id") long id, RolesJson body) {
        if (body == null || body.roles() == null) {
            throw InvalidInputException.of("roles", "Send {\"roles\": [\"ENGINEER\", …]}.");
        }
        List<Role> roles = ApiInput.enumsOf(Role.class, body.roles(), "roles");
        return AccountJson.of(administration.assignRoles(id, roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(roles)));
    }

}
