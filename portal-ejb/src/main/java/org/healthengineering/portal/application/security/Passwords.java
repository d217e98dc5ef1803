package org.healthengineering.portal.application.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Hashes passwords with Shiro 2's default: argon2id, salted, in Shiro's self-describing format. */
@ApplicationScoped
public class Passwords {

    private final PasswordService service = new DefaultPasswordService();

    public String hash(String plain) {
        return service.encryptPassword(plain);
    }

    public boolean matches(String plain, String hash) {
        return service.passwordsMatch(plain, hash);
    }
}
