package org.healthengineering.portal.application.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes a refused sign-in cost what a wrong password costs. Checking a password against its argon2id hash takes
 * tens of milliseconds; refusing an unknown (or paused) email without that work takes a few, and the difference
 * tells anyone timing the sign-in page or the API which emails have accounts. So every refusal first checks the
 * submitted password against a decoy hash made with the same algorithm and parameters as real ones.
 */
final class DecoyPassword {

    private static final PasswordService SERVICE = new DefaultPasswordService();
    private static final String HASH = SERVICE.encryptPassword(randomSecret());

    private DecoyPassword() {
    }

    /** Checks the submitted password against the decoy (it never matches), then hands back the refusal to throw. */
    static <E extends AuthenticationException> E spendTheSameWork(UsernamePasswordToken token, E refusal) {
        char[] password = token.getPassword();
        SERVICE.passwordsMatch(password == null ? "" : new String(password), HASH);
        return refusal;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
