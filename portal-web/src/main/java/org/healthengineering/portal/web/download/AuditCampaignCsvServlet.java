package org.healthengineering.portal.web.download;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.shiro.authz.AuthorizationException;
import org.healthengineering.portal.application.cpdaudit.AuditCaseDecisions;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /cpd-audit/campaign.csv?id=} (every case of a campaign), for the link on the campaign's page. Shiro's
 * filter has signed the request in; the service checks that the caller manages CPD audits.
 */
@WebServlet(urlPatterns = "/cpd-audit/campaign.csv")
public class AuditCampaignCsvServlet extends HttpServlet {

    @Inject
    AuditCaseDecisions decisions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            byte[] csv = decisions.csv(id).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"audit-campaign-" + id + ".csv\"");
            response.getOutputStream().write(csv);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AuthorizationException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
