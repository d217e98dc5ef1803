package org.healthengineering.portal.application.security;

import org.apache.shiro.authc.AuthenticationException;

/**
 * A sign-in that could not be checked because the database could not be reached: not a wrong password, so it is
 * neither counted towards lock-out nor answered as one (the page says "try again shortly", the API answers 503).
 */
public class SignInUnavailableException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    public SignInUnavailableException(Throwable cause) {
        super("The database could not be reached to check the credentials", cause);
    }
}
