package org.healthengineering.portal.domain.account;

import org.healthengineering.portal.domain.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * What someone types to register. Checked as a whole so that every problem is reported at once.
 */
public record NewAccount(String email, String displayName, String password) {

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        EmailAddress.problemWith(email).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        if (displayName == null || displayName.isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the name others should see."));
        } else if (displayName.trim().length() > Account.DISPLAY_NAME_LENGTH) {
            problems.add(new FieldProblem("displayName",
                    "Use at most " + Account.DISPLAY_NAME_LENGTH + " characters."));
        }
        PasswordPolicy.problemWith(password, email).ifPresent(m -> problems.add(new FieldProblem("password", m)));
        return problems;
    }

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", displayName=" + displayName + ", password=<hidden>]";
    }
}
