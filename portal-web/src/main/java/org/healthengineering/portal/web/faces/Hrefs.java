package org.healthengineering.portal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A query parameter's value made safe for a link written as plain HTML ({@code <a href="…?code=#{hrefs.q(h.code)}">}),
 * where a page needs no {@code h:link} (and no navigation rule) to reach a page it names. Facelets then encodes the
 * whole address for the attribute.
 */
@Named
@ApplicationScoped
public class Hrefs {

    /** The value encoded for a query string ({@code application/x-www-form-urlencoded}, UTF-8); empty for null. */
    public String q(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
