package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.recognition.PublicRegister;

import java.util.List;

/** The public register of recognition (issue 12): no account needed; only holders who consent appear. */
@Path("register")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @Inject
    PublicRegister register;

    @GET
    @Operation(summary = "Holders of awards who consent, by name (q: words of a name, an award or a body), with the"
            + " award, body, date and status (CURRENT, LAPSED, REMOVED); at most 100")
    public List<RecognitionJson.RegisterOut> search(@QueryParam("q") String q) {
        return register.search(q).stream().map(RecognitionJson.RegisterOut::of).toList();
    }
}
