package org.healthengineering.portal.application;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink behaves when the database connection fails under a read. By default it waits 5 s and tries again,
 * up to three times, so while the database is down every request hangs for 10 s or more before anyone is told. The
 * pool already validates each connection it lends and discards them all after one failure, so one quick retry is
 * enough to step over a connection that died with a restarted server; a database that is really gone is reported
 * at once (a 503 with {@code Retry-After} from the API, the "temporarily unavailable" page). It also has every write
 * of reference data reported to the node's reference-data cache (see {@code ReferenceChangeListener}), and every write
 * of an account or of a hospital's members to the versions of what signed-in people may do
 * ({@code AuthorizationChangeListener}).
 */
public class DatabaseSessionCustomizer implements SessionCustomizer {

    /** Tries after a communication failure; one, to replace a connection that died with a restarted server. */
    static final int RETRIES = 1;

    /** Milliseconds before that try. */
    static final int DELAY_MILLIS = 100;

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(RETRIES);
        session.getLogin().setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        org.healthengineering.portal.application.reference.ReferenceChangeListener.register(session);
        org.healthengineering.portal.application.security.AuthorizationChangeListener.register(session);
    }
}
