package org.healthengineering.portal.web.faces;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.shiro.authz.AuthorizationException;
import org.healthengineering.portal.application.DatabaseOutage;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.PortalException;
import org.healthengineering.portal.web.view.PageMessages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers the failures a page expects, without logging them as errors.
 * <ul>
 *     <li>Refused input and conflicts thrown by an action become messages on the submitted form, next to the
 *     fields they name (see {@link PageMessages#showOnSubmittedForm}); the page renders again with them, the
 *     request counts as failed validation (so a dialog stays open) and nothing was saved, since the service's
 *     transaction rolled back. Backing beans therefore never catch business exceptions.</li>
 *     <li>Another user's (or hospital's) data is "not found" (404) and a missing permission is "forbidden"
 *     (403), each with its error page, as the API answers. Logged as SEVERE with a stack, every probe of
 *     someone else's id would bury the real failures, which still reach PrimeFaces' handler (and the log)
 *     unchanged.</li>
 *     <li>A database that cannot be reached is "temporarily unavailable" (503 with {@code Retry-After}), with a page
 *     that says so and touches no data, instead of an internal error.</li>
 * </ul>
 */
public class ExpectedFailuresHandlerFactory extends ExceptionHandlerFactory {

    public ExpectedFailuresHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final java.util.Map<Integer, String> ERROR_PAGES = java.util.Map.of(
            HttpServletResponse.SC_NOT_FOUND, "/error/not-found.xhtml",
            HttpServletResponse.SC_FORBIDDEN, "/error/forbidden.xhtml",
            HttpServletResponse.SC_SERVICE_UNAVAILABLE, "/error/unavailable.xhtml");

    private static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(ExpectedFailuresHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                Throwable failure = root(thrown);
                if (failure instanceof PortalException business && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                        && context.isPostback() && messages().showOnSubmittedForm(context, business)) {
                    events.remove();
                    continue;
                }
                int status = failure instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND
                        : failure instanceof AuthorizationException ? HttpServletResponse.SC_FORBIDDEN
                        : DatabaseOutage.causedBy(thrown) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : 0;
                if (status == 0 || context.getExternalContext().isResponseCommitted()) {
                    continue;
                }
                events.remove();
                LOG.log(status == HttpServletResponse.SC_SERVICE_UNAVAILABLE ? Level.WARNING : Level.FINE, "Answered {0} for {1}: {2}", new Object[]{status,
                        context.getExternalContext().getRequestServletPath(), failure.getMessage()});
                respond(context, status);
                return;
            }
            super.handle();
        }

        private static PageMessages messages() {
            return CDI.current().select(PageMessages.class).get();
        }

        private static void respond(FacesContext context, int status) {
            ExternalContext external = context.getExternalContext();
            try {
                if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                    external.setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                }
                if (context.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(external.getRequestContextPath() + ERROR_PAGES.get(status));
                } else {
                    external.responseSendError(status, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }

        private static Throwable root(Throwable thrown) {
            Throwable current = thrown;
            while ((current instanceof FacesException || current instanceof ELException || current instanceof EJBException)
                    && current.getCause() != null) {
                current = current.getCause();
            }
            return current;
        }
    }
}
