package org.healthengineering.portal.domain.cpdaudit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One standard of the list a body assesses CPD profiles against (see {@link AuditStandard}); replaced as a whole. */
@Entity
@Table(name = "body_audit_standard")
@IdClass(BodyAuditStandard.Key.class)
public class BodyAuditStandard {

    /** The primary key. */
    public static class Key implements Serializable {
        private Long bodyId;
        private String code;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(bodyId, other.bodyId) && Objects.equals(code, other.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bodyId, code);
        }
    }

    @Id
    @Column(name = "body_id")
    private Long bodyId;

    @Id
    @Column(name = "code", length = AuditStandard.CODE_LENGTH)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "statement", nullable = false, length = AuditStandard.STATEMENT_LENGTH)
    private String statement;

    protected BodyAuditStandard() {
    }

    /** The body's copy of a standard already checked by {@link AuditStandard#of}. */
    public BodyAuditStandard(long bodyId, AuditStandard standard) {
        this.bodyId = bodyId;
        this.code = standard.getCode();
        this.position = standard.getPosition();
        this.statement = standard.getStatement();
    }

    public Long getBodyId() {
        return bodyId;
    }

    public int getPosition() {
        return position;
    }

    public AuditStandard.Given given() {
        return new AuditStandard.Given(code, statement);
    }
}
