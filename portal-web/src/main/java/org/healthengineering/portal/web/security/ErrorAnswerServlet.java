package org.healthengineering.portal.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.healthengineering.portal.application.DatabaseOutage;
import org.healthengineering.portal.web.api.ProblemResponses;

import java.io.IOException;
import java.util.Map;

/**
 * Where every error the container handles lands ({@code web.xml}'s error pages point at
 * {@code /error/answer/<status>}), so that one place decides its form: under {@code /api} a problem document, as
 * every other API answer; a page's error shows its error page. Without it an API call failing before JAX-RS
 * (a path with {@code ;}, a broken request, an exception in a filter) got Payara's HTML report, or a Faces error
 * page that tries to open a session the API never has. A failure to reach the database is answered 503 with
 * {@code Retry-After}, whatever status the container chose: the request may be sent again.
 */
@WebServlet("/error/answer/*")
public class ErrorAnswerServlet extends HttpServlet {

    private record Answer(String title, String detail, String page) {
    }

    private static final Map<Integer, Answer> ANSWERS = Map.of(
            400, new Answer("The request could not be read", "The address or the request is malformed (a ';' in the"
                    + " path, an encoded control character, or a header the server cannot read).", null),
            403, new Answer("Forbidden", "Your account is not allowed to do this.", "/error/forbidden.xhtml"),
            404, new Answer("Not found", "There is nothing at this address.", "/error/not-found.xhtml"),
            500, new Answer("Internal error", "The portal could not complete the request; the failure has been"
                    + " logged.", "/error/server-error.xhtml"),
            503, new Answer("Temporarily unavailable", ProblemResponses.UNAVAILABLE_DETAIL, "/error/unavailable.xhtml"));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        int status = status(request);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Throwable failure = thrown instanceof Throwable t ? t : null;
        if (status == 503 || failure != null && DatabaseOutage.causedBy(failure)) {
            status = 503;
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        Answer answer = ANSWERS.getOrDefault(status, ANSWERS.get(500));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        response.setStatus(status);
        if (path.startsWith(request.getContextPath() + "/api/")) {
            String detail = status == 503 && failure != null ? ProblemResponses.unavailableDetail(failure) : answer.detail();
            ProblemResponses.write(response, status, status == 503 ? "unavailable" : "http-" + status, answer.title(),
                    detail, path);
        } else if (answer.page() != null) {
            request.getRequestDispatcher(answer.page()).forward(request, response);
        } else {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(answer.detail() + " Go back, or open the portal's home page.");
        }
    }

    private static int status(HttpServletRequest request) {
        String info = request.getPathInfo();
        try {
            return info == null ? 500 : Integer.parseInt(info.substring(1));
        } catch (NumberFormatException e) {
            return 500;
        }
    }
}
