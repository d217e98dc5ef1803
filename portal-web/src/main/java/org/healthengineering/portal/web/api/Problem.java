package org.healthengineering.portal.web.api;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every API error.
 *
 * @param type     URI naming the kind of problem (stable; scripts may switch on it)
 * @param title    short human-readable summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong this time
 * @param instance the request path
 * @param errors   field-by-field problems, for invalid input (extension member)
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://healthengineering.example/problems/";
}
