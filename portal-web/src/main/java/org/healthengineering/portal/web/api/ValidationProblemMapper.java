package org.healthengineering.portal.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of a request (a {@code @Valid} body or constrained parameter) as the same problem
 * document as every other invalid input; without it Jersey's own mapper would answer in its own format.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException exception) {
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        if (exception instanceof ConstraintViolationException violations) {
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "invalid-input",
                    "The input was not accepted", 400, "Correct the fields listed in errors and send the request again.",
                    path, Violations.problems(violations))).build();
        }
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "invalid-input",
                "The input was not accepted", 400, "The input could not be checked.", path, null)).build();
    }
}
