-- Training providers (issue 11): organisations whose members submit courses to professional bodies for
-- accreditation. Body administrators (or system administrators) create them and assign their members.
CREATE TABLE training_provider (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    contact_email VARCHAR(254) NOT NULL,
    website       VARCHAR(500) NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_training_provider PRIMARY KEY (id),
    CONSTRAINT uq_training_provider_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_provider_member (
    provider_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT pk_training_provider_member PRIMARY KEY (provider_id, account_id),
    CONSTRAINT fk_training_provider_member_provider FOREIGN KEY (provider_id) REFERENCES training_provider (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_training_provider_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_training_provider_member_account ON training_provider_member (account_id);
