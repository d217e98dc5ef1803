package org.healthengineering.portal.domain.home;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The role an engineer chose to watch on their home page: its readiness and the next steps towards it. Without a
 * choice the home page shows the role the engineer is closest to. The role is kept by its code, so a role profile
 * revised later is still the one chosen; one that no longer exists falls back to the closest.
 */
@Entity
@Table(name = "home_target_role")
public class TargetRole {

    /** As long as a role profile's code. */
    public static final int CODE_LENGTH = 40;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "role_code", nullable = false, length = CODE_LENGTH)
    private String roleCode;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected TargetRole() {
    }

    /** An engineer chooses a role to watch (the caller has checked the role exists). */
    public TargetRole(long accountId, String roleCode, Instant now) {
        this.accountId = accountId;
        choose(roleCode, now);
    }

    /** The engineer chooses another role. */
    public final void choose(String roleCode, Instant now) {
        if (roleCode == null || roleCode.isBlank() || roleCode.length() > CODE_LENGTH) {
            throw new IllegalArgumentException("A role code has 1 to " + CODE_LENGTH + " characters");
        }
        this.roleCode = roleCode;
        this.chosenAt = Objects.requireNonNull(now);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRoleCode() {
        return roleCode;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }
}
