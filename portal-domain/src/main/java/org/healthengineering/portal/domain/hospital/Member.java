package org.healthengineering.portal.domain.hospital;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** An account's membership of a hospital. */
@Embeddable
public class Member implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership", nullable = false, length = 20)
    private Membership membership;

    protected Member() {
    }

    public Member(long accountId, Membership membership) {
        this.accountId = accountId;
        this.membership = membership;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Membership getMembership() {
        return membership;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && accountId.equals(other.accountId) && membership == other.membership;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, membership);
    }
}
