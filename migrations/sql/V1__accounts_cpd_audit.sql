-- Foundation schema: accounts and their roles, personal API tokens, sign-in attempts,
-- CPD activities and the audit trail. Common subset of MySQL 8 and MariaDB 10.11+.

CREATE TABLE account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    password_hash     VARCHAR(255) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6) NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_account ON api_token (account_id);

-- One row per sign-in attempt, kept by the email that was typed (even if no account has it),
-- so lock-out works the same whether or not the account exists.
CREATE TABLE sign_in_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    email        VARCHAR(254) NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    succeeded    BOOLEAN      NOT NULL,
    CONSTRAINT pk_sign_in_attempt PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sign_in_attempt_email_time ON sign_in_attempt (email, attempted_at);

CREATE TABLE cpd_activity (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    account_id    BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    activity_type VARCHAR(30)   NOT NULL,
    start_date    DATE          NOT NULL,
    end_date      DATE          NOT NULL,
    hours         DECIMAL(5, 2) NOT NULL,
    learned       TEXT          NOT NULL,
    applied       TEXT          NOT NULL,
    benefit       TEXT          NOT NULL,
    url           VARCHAR(500)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_cpd_activity PRIMARY KEY (id),
    CONSTRAINT fk_cpd_activity_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_cpd_activity_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_cpd_activity_hours CHECK (hours >= 0.25 AND hours <= 200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_activity_account_end ON cpd_activity (account_id, end_date);
CREATE INDEX ix_cpd_activity_account_start ON cpd_activity (account_id, start_date);

-- Append-only: the portal inserts entries and never updates or deletes them.
-- Actor and subject are copied as text so an entry outlives what it describes.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_id     BIGINT        NULL,
    actor_email  VARCHAR(254)  NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(60)   NOT NULL,
    subject_id   VARCHAR(64)   NULL,
    before_state VARCHAR(4000) NULL,
    after_state  VARCHAR(4000) NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_action_time ON audit_entry (action, occurred_at);
CREATE INDEX ix_audit_entry_actor_time ON audit_entry (actor_id, occurred_at);

-- Operational facts the portal records about itself (e.g. when demo data was loaded).
CREATE TABLE portal_setting (
    name       VARCHAR(100) NOT NULL,
    value      VARCHAR(1000) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_portal_setting PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
