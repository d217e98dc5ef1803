package org.healthengineering.portal.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.account.MyAccount;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.ApiToken;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** My account: password change and personal API tokens. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {


    @Inject
    MyAccount myAccount;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private String currentPassword;
    private String newPassword;
    private String tokenName;
    private String newSecret;
    private List<ApiToken> tokens;
    private Account account;

    public Account getAccount() {
        if (account == null) {
            account = myAccount.me();
        }
        return account;
    }

    public String getRoleLabels() {
        return getAccount().getRoles().stream().map(Role::getLabel).sorted().collect(Collectors.joining(", "));
    }

    public String changePassword() {
        try {
            myAccount.changePassword(currentPassword, newPassword);
            messages.info("account.passwordChanged");
        } catch (InvalidInputException e) {
            messages.show("password-form", e);
        }
        currentPassword = null;
        newPassword = null;
        return null;
    }

    public String createToken() {
        try {
            newSecret = myAccount.createApiToken(tokenName).secret();
            tokenName = null;
            tokens = null;
        } catch (InvalidInputException e) {
            messages.show("tokens-form", e);
        } catch (ConflictException e) {
            messages.show("tokens-form", e);
        }
        return null;
    }

    public String revokeToken(long id) {
        myAccount.revokeApiToken(id);
        tokens = null;
        newSecret = null;
        messages.info("account.tokenRevoked");
        return null;
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = myAccount.apiTokens();
        }
        return tokens;
    }

    public String format(Instant instant) {
        return instant == null ? "never" : DateText.moment(instant, clock.getZone());
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
