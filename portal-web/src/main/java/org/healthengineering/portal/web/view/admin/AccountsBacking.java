package org.healthengineering.portal.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.account.AccountAdministration;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.web.view.PageMessages;
import org.healthengineering.portal.web.view.ServiceLazyModel;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administration: the accounts list and the dialog that grants and revokes roles. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    @Inject
    AccountAdministration administration;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private ServiceLazyModel<Account> accounts;
    private Account selected;
    private List<Role> roles = new ArrayList<>();

    @PostConstruct
    void init() {
        accounts = new ServiceLazyModel<>(
                (filters, page) -> administration.accounts((String) filters.get("email"), page),
                Map.of("email", "email", "displayName", "displayName", "createdAt", "createdAt"),
                Account::getId);
    }

    public void editRoles(long id) {
        selected = administration.getAccount(id);
        roles = new ArrayList<>(selected.getRoles());
    }

    public String saveRoles() {
        administration.assignRoles(selected.getId(), roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        messages.info("admin.rolesSaved");
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return null;
    }

    public String roleLabels(Account account) {
        return account.getRoles().stream().map(Role::getLabel).sorted().collect(Collectors.joining(", "));
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public ServiceLazyModel<Account> getAccounts() {
        return accounts;
    }

    public Account getSelected() {
        return selected;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
