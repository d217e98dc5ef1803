package org.healthengineering.portal.web.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import org.healthengineering.portal.application.DatabaseOutage;

import java.io.IOException;

/**
 * Problem documents written straight to the servlet response, for answers given before or outside JAX-RS
 * (authentication, size limits, foreign origins, container errors); JAX-RS answers go through {@link ProblemMapper}.
 */
public final class ProblemResponses {

    /**
     * The challenge on a 401. Only Bearer is named: a Basic challenge makes browsers pop up a password dialog
     * for any page script that touches the API. Basic credentials are still accepted when sent unasked, as
     * scripts (curl -u, requests, …) do.
     */
    static final String WWW_AUTHENTICATE = "Bearer realm=\"portal\"";

    private ProblemResponses() {
    }

    public static void unauthorized(HttpServletResponse response, String instance, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", WWW_AUTHENTICATE);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Authentication failed", detail, instance);
    }

    /** The detail of every answer given while the database cannot be reached. */
    public static final String UNAVAILABLE_DETAIL = "The portal cannot reach its database just now. Nothing was"
            + " changed; send the request again in a few seconds.";

    /** The detail when the database went away while the request's transaction was ending. */
    public static final String OUTCOME_UNKNOWN_DETAIL = "The portal lost its database while storing this request, so"
            + " whether it was stored is not known. Check (for example with a GET) before sending it again.";

    /** 503 with {@code Retry-After}: the database cannot be reached, so nothing could be checked or saved. */
    public static void unavailable(HttpServletResponse response, String instance) throws IOException {
        unavailable(response, instance, UNAVAILABLE_DETAIL);
    }

    /** 503 with {@code Retry-After} and the detail given. */
    public static void unavailable(HttpServletResponse response, String instance, String detail) throws IOException {
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable", detail,
                instance);
    }

    /** What a 503 says about a failure caused by the database's absence. */
    public static String unavailableDetail(Throwable failure) {
        return DatabaseOutage.outcomeUnknown(failure) ? OUTCOME_UNKNOWN_DETAIL : UNAVAILABLE_DETAIL;
    }

    /** Answers {@code status} with a problem document of the kind {@code type} (appended to {@link Problem#TYPE_BASE}). */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail,
                             String instance) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", Problem.TYPE_BASE + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", instance == null ? "" : instance)
                .build().toString());
    }
}
