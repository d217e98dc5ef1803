-- Verifiable credentials (Open Badges 3.0): the issuers (the portal itself and each professional body), their
-- signing keys, the W3C Bitstring Status Lists that say which credentials are revoked or suspended, the credentials
-- issued to engineers (the signed document and its VC-JWT, kept as signed: a credential is never re-signed), and
-- credentials engineers bring from other issuers with the result of verifying them on arrival.

-- An issuer: the portal (body_id NULL, scope 'portal') or one professional body (scope 'body-<id>'). Its public
-- id is the URL /api/v1/issuers/<id>, which serves its Open Badges Profile with its keys.
CREATE TABLE credential_issuer (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    scope      VARCHAR(40) NOT NULL,
    body_id    BIGINT      NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_credential_issuer PRIMARY KEY (id),
    CONSTRAINT uq_credential_issuer_scope UNIQUE (scope),
    CONSTRAINT fk_credential_issuer_body FOREIGN KEY (body_id) REFERENCES professional_body (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A signing key: Ed25519 for Data Integrity proofs, RSA for VC-JWTs. The private key is sealed with AES-GCM under a
-- key derived from the portal's configured credential secret, which is never stored here. A retired key signs no
-- more but stays published so that what it signed keeps verifying; a compromised one stays published, marked so.
CREATE TABLE credential_issuer_key (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    issuer_id          BIGINT       NOT NULL,
    algorithm          VARCHAR(16)  NOT NULL,
    key_ref            VARCHAR(64)  NOT NULL,
    public_key         BLOB         NOT NULL,
    sealed_private_key BLOB         NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    retired_at         DATETIME(6)  NULL,
    compromised_at     DATETIME(6)  NULL,
    compromise_reason  VARCHAR(500) NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_credential_issuer_key PRIMARY KEY (id),
    CONSTRAINT uq_credential_issuer_key_ref UNIQUE (issuer_id, key_ref),
    CONSTRAINT fk_credential_issuer_key_issuer FOREIGN KEY (issuer_id) REFERENCES credential_issuer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credential_issuer_key_state ON credential_issuer_key (issuer_id, algorithm, state);

-- A Bitstring Status List of one issuer for one purpose (revocation or suspension): `bits` holds the list as
-- published (bit 0 is the most significant bit of the first byte), `taken_bits` which positions are given out.
-- Credentials take random free positions, under a lock on the row (so two issues at once never take the same
-- one); a list stops taking new credentials once half its positions are taken, so a position says little about
-- its holder.
CREATE TABLE credential_status_list (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    issuer_id  BIGINT      NOT NULL,
    purpose    VARCHAR(16) NOT NULL,
    size       INT         NOT NULL,
    bits       MEDIUMBLOB  NOT NULL,
    taken_bits MEDIUMBLOB  NOT NULL,
    taken      INT         NOT NULL DEFAULT 0,
    accepting  BOOLEAN     NOT NULL DEFAULT TRUE,
    changed_at DATETIME(6) NOT NULL,
    version    INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_credential_status_list PRIMARY KEY (id),
    CONSTRAINT fk_credential_status_list_issuer FOREIGN KEY (issuer_id) REFERENCES credential_issuer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credential_status_list_open ON credential_status_list (issuer_id, purpose, accepting);

-- A credential issued to an engineer for one source: a recognition award (an application), an accredited course
-- completion, or a competency verified at a level (an assessment); one credential per source. `document` is the
-- signed JSON-LD with its embedded proof, `jwt` the same credential as a VC-JWT. The share token, while set, opens a
-- public page naming the holder; revoking the share clears it. `in_portfolio`: the holder lists it, with its
-- verification address, in their CPD portfolio.
CREATE TABLE issued_credential (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    public_id          CHAR(36)      NOT NULL,
    holder_id          BIGINT        NOT NULL,
    issuer_id          BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    source_id          BIGINT        NOT NULL,
    achievement_name   VARCHAR(400)  NOT NULL,
    issued_at          DATETIME(6)   NOT NULL,
    valid_from         DATETIME(6)   NOT NULL,
    valid_until        DATETIME(6)   NULL,
    ed25519_key_id     BIGINT        NOT NULL,
    rsa_key_id         BIGINT        NOT NULL,
    document           MEDIUMTEXT    NOT NULL,
    jwt                MEDIUMTEXT    NOT NULL,
    revocation_list_id BIGINT        NOT NULL,
    revocation_index   INT           NOT NULL,
    suspension_list_id BIGINT        NOT NULL,
    suspension_index   INT           NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    status_reason      VARCHAR(1000) NULL,
    status_changed_at  DATETIME(6)   NULL,
    status_changed_by  BIGINT        NULL,
    share_token        VARCHAR(64)   NULL,
    shared_at          DATETIME(6)   NULL,
    in_portfolio       BOOLEAN       NOT NULL DEFAULT FALSE,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_issued_credential PRIMARY KEY (id),
    CONSTRAINT uq_issued_credential_public UNIQUE (public_id),
    CONSTRAINT uq_issued_credential_source UNIQUE (kind, source_id),
    CONSTRAINT uq_issued_credential_share UNIQUE (share_token),
    CONSTRAINT uq_issued_credential_revocation UNIQUE (revocation_list_id, revocation_index),
    CONSTRAINT uq_issued_credential_suspension UNIQUE (suspension_list_id, suspension_index),
    CONSTRAINT fk_issued_credential_holder FOREIGN KEY (holder_id) REFERENCES account (id),
    CONSTRAINT fk_issued_credential_issuer FOREIGN KEY (issuer_id) REFERENCES credential_issuer (id),
    CONSTRAINT fk_issued_credential_ed25519 FOREIGN KEY (ed25519_key_id) REFERENCES credential_issuer_key (id),
    CONSTRAINT fk_issued_credential_rsa FOREIGN KEY (rsa_key_id) REFERENCES credential_issuer_key (id),
    CONSTRAINT fk_issued_credential_revocation FOREIGN KEY (revocation_list_id) REFERENCES credential_status_list (id),
    CONSTRAINT fk_issued_credential_suspension FOREIGN KEY (suspension_list_id) REFERENCES credential_status_list (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_issued_credential_holder ON issued_credential (holder_id, issued_at);

-- A credential an engineer brought from another issuer, as uploaded (JSON, JWT or the text baked in a PNG), with
-- what it says (issuer, achievement) and the verification on arrival: the overall outcome and every check's row.
CREATE TABLE imported_credential (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    holder_id        BIGINT        NOT NULL,
    format           VARCHAR(8)    NOT NULL,
    content          MEDIUMTEXT    NOT NULL,
    issuer_ref       VARCHAR(500)  NULL,
    issuer_name      VARCHAR(400)  NULL,
    achievement_ref  VARCHAR(500)  NULL,
    achievement_name VARCHAR(400)  NULL,
    outcome          VARCHAR(8)    NOT NULL,
    report           MEDIUMTEXT    NOT NULL,
    verified_at      DATETIME(6)   NOT NULL,
    imported_at      DATETIME(6)   NOT NULL,
    held_qualification_id BIGINT   NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_imported_credential PRIMARY KEY (id),
    CONSTRAINT fk_imported_credential_holder FOREIGN KEY (holder_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_imported_credential_holder ON imported_credential (holder_id, imported_at);

-- A catalogue qualification may name the Open Badges achievement that proves it and the issuer trusted to award it:
-- an imported credential for that achievement from that issuer, verified on arrival, then counts as holding the
-- qualification (the issuer too, or anyone could sign a badge with the achievement's id).
-- A body withdrawing a course's accreditation may also revoke the credentials of the completions already recorded
-- (for a finding about the course itself); otherwise completions before the withdrawal keep theirs.
ALTER TABLE course ADD COLUMN credentials_revoked BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE qualification ADD COLUMN achievement_ref VARCHAR(500) NULL;
ALTER TABLE qualification ADD COLUMN achievement_issuer VARCHAR(500) NULL;
CREATE INDEX ix_qualification_achievement ON qualification (achievement_ref);

-- The portal itself is an issuer from the start; bodies become issuers when they first issue.
INSERT INTO credential_issuer (scope, body_id, created_at) VALUES ('portal', NULL, CURRENT_TIMESTAMP(6));
