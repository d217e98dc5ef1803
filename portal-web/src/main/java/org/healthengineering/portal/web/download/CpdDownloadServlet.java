package org.healthengineering.portal.web.download;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.healthengineering.portal.application.cpd.EvidenceLocker;
import org.healthengineering.portal.application.cpd.Portfolio;
import org.healthengineering.portal.domain.evidence.EvidenceFile;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /cpd/evidence/{id}} (one of my evidence files) and {@code /cpd/portfolio.pdf|.csv?from=&to=} (my
 * portfolio), for links on the pages. Shiro's filter has signed the request in; the services check ownership,
 * so another engineer's file answers 404.
 */
@WebServlet(urlPatterns = {"/cpd/evidence/*", "/cpd/portfolio.pdf", "/cpd/portfolio.csv"})
public class CpdDownloadServlet extends HttpServlet {

    @Inject
    EvidenceLocker locker;

    @Inject
    Portfolio portfolio;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            if (request.getServletPath().equals("/cpd/evidence")) {
                EvidenceFile file = locker.download(Long.parseLong(request.getPathInfo().substring(1)));
                response.setContentType(file.getMediaType());
                response.setHeader("Content-Disposition", file.contentDisposition());
                response.getOutputStream().write(file.getContent());
            } else if (request.getServletPath().endsWith(".pdf")) {
                byte[] pdf = portfolio.pdf(date(request, "from"), date(request, "to"));
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"cpd-portfolio.pdf\"");
                response.getOutputStream().write(pdf);
            } else {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"cpd-portfolio.csv\"");
                response.getOutputStream().write(portfolio.csv(date(request, "from"), date(request, "to"))
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (NotFoundException | NumberFormatException | NullPointerException | StringIndexOutOfBoundsException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (InvalidInputException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static LocalDate date(HttpServletRequest request, String name) {
        String text = request.getParameter(name);
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}
