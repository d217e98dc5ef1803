package org.healthengineering.portal.web.api;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.healthengineering.portal.application.DatabaseOutage;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.staffing.UploadRefusedException;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.UnavailableException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of an API call into an {@code application/problem+json} answer with a fitting status. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (causedBy(thrown, RequestLimitsFilter.BodyTooLargeException.class)) {
            return problem(413, "too-large", "The request body is too large",
                    "This request accepts at most " + RequestLimitsFilter.JSON_LIMIT / 1024 + " KiB of JSON.", null);
        }
        if (DatabaseOutage.causedBy(thrown)) {
            LOG.log(Level.WARNING, "The database could not be reached answering {0}: {1}",
                    new Object[] {path(), thrown.toString()});
            return Response.fromResponse(problem(503, "unavailable", "Temporarily unavailable",
                            ProblemResponses.unavailableDetail(thrown), null))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (failure instanceof ConstraintViolationException violations) {
            return problem(400, "invalid-input", "The input was not accepted",
                    "Correct the fields listed in errors and send the request again.", Violations.problems(violations));
        }
        if (failure instanceof InvalidInputException invalid) {
            return problem(400, "invalid-input", "The input was not accepted",
                    "Correct the fields listed in errors and send the request again.", invalid.getProblems());
        }
        if (failure instanceof ImportRefusedException refused) {
            return problem(422, "import-refused", "The framework file was not imported", refused.getMessage(),
                    refused.getProblems().stream().map(p -> new FieldProblem(p.where(), p.what())).toList());
        }
        if (failure instanceof UploadRefusedException refused) {
            return problem(422, "upload-refused", "The staffing file was not saved", refused.getMessage(),
                    refused.getProblems().stream().map(p -> new FieldProblem(p.where(), p.what())).toList());
        }
        if (failure instanceof NotFoundException) {
            return problem(404, "not-found", "Not found", failure.getMessage(), null);
        }
        if (failure instanceof UnavailableException unavailable) {
            return problem(503, "unavailable", "Unavailable", unavailable.getMessage(), null);
        }
        if (failure instanceof ConflictException conflict) {
            List<FieldProblem> errors = conflict.getField() == null ? null
                    : List.of(new FieldProblem(conflict.getField(), conflict.getMessage()));
            return problem(409, "conflict", "Conflict", conflict.getMessage(), errors);
        }
        if (failure instanceof UnauthenticatedException) {
            return Response.fromResponse(problem(401, "unauthenticated", "Authentication required",
                            "Send HTTP Basic credentials or a personal API token (Authorization: Bearer …).", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.WWW_AUTHENTICATE).build();
        }
        if (failure instanceof AuthorizationException) {
            return problem(403, "forbidden", "Forbidden", "Your account is not allowed to do this.", null);
        }
        if ((failure instanceof JsonbException || failure instanceof ProcessingException) && writingAnswer(failure)) {
            // Our answer could not be turned into JSON: a fault of the portal, not of the request.
            LOG.log(Level.SEVERE, "Could not write the answer to " + path(), failure);
            return problem(500, "internal-error", "Internal error",
                    "The portal could not complete the request; the failure has been logged.", null);
        }
        if (failure instanceof JsonbException || failure instanceof ProcessingException) {
            return problem(400, "malformed-body", "The request body could not be read",
                    "Send a JSON document of the documented shape: " + failure.getMessage(), null);
        }
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            if (status.getStatusCode() == 400 && web.getCause() != null) {
                return problem(400, "malformed-body", "The request body could not be read",
                        "Send a JSON document of the documented shape: " + web.getCause().getMessage(), null);
            }
            return problem(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(),
                    web.getMessage(), null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering " + path(), failure);
        return problem(500, "internal-error", "Internal error",
                "The portal could not complete the request; the failure has been logged.", null);
    }

    /** Whether the failure arose while a message body writer wrote the answer rather than while reading the request. */
    static boolean writingAnswer(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if ("readFrom".equals(frame.getMethodName())) {
                return false;
            }
            if ("writeTo".equals(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private Response problem(int status, String type, String title, String detail, List<FieldProblem> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + type, title, status, detail, path(), errors))
                .build();
    }

    private String path() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getPath();
    }
}
