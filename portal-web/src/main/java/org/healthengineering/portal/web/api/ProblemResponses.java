package org.healthengineering.portal.web.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Problem documents written straight to the servlet response, for answers given before JAX-RS runs. */
final class ProblemResponses {

    /**
     * The challenge on a 401. Only Bearer is named: a Basic challenge makes browsers pop up a password dialog
     * for any page script that touches the API. Basic credentials are still accepted when sent unasked, as
     * scripts (curl -u, requests, …) do.
     */
    static final String WWW_AUTHENTICATE = "Bearer realm=\"portal\"";

    private ProblemResponses() {
    }

    static void unauthorized(HttpServletResponse response, String instance, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", WWW_AUTHENTICATE);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", Problem.TYPE_BASE + "unauthenticated")
                .add("title", "Authentication failed")
                .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                .add("detail", detail)
                .add("instance", instance)
                .build().toString());
    }
}
