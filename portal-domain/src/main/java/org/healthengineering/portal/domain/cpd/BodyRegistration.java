package org.healthengineering.portal.domain.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An engineer's registration with a professional body; the body's CPD cycles run from {@code registeredOn}. The
 * registration title (the profession: CEng, Clinical Scientist, ...) and whether the registrant is retired decide
 * the stratum and the eligibility in a CPD audit.
 */
@Entity
@Table(name = "body_registration")
@IdClass(BodyRegistration.Key.class)
public class BodyRegistration implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 60;

    /** The primary key. */
    public static class Key implements Serializable {
        private Long accountId;
        private Long bodyId;

        public Key() {
        }

        public Key(Long accountId, Long bodyId) {
            this.accountId = accountId;
            this.bodyId = bodyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(accountId, other.accountId)
                    && Objects.equals(bodyId, other.bodyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, bodyId);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "membership_number", length = 60)
    private String membershipNumber;

    @Column(name = "registration_title", length = TITLE_LENGTH)
    private String registrationTitle;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected BodyRegistration() {
    }

    public BodyRegistration(long accountId, long bodyId, LocalDate registeredOn, String membershipNumber) {
        this.accountId = accountId;
        this.bodyId = bodyId;
        this.registeredOn = registeredOn;
        this.membershipNumber = membershipNumber == null || membershipNumber.isBlank() ? null
                : membershipNumber.trim();
    }

    /** A registration with its title (blank for none) and whether the registrant is retired. */
    public BodyRegistration(long accountId, long bodyId, LocalDate registeredOn, String membershipNumber,
                            String registrationTitle, boolean retired) {
        this(accountId, bodyId, registeredOn, membershipNumber);
        this.registrationTitle = registrationTitle == null || registrationTitle.isBlank() ? null
                : registrationTitle.trim();
        this.retired = retired;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getMembershipNumber() {
        return membershipNumber;
    }

    /** The registration title (the profession), or null when none was given. */
    public String getRegistrationTitle() {
        return registrationTitle;
    }

    public boolean isRetired() {
        return retired;
    }
}
