-- Hospitals, who may see and edit each one, and their leadership posts (for the parity scorecard).

CREATE TABLE hospital (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    code              VARCHAR(20)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    region            VARCHAR(100) NOT NULL,
    beds              INT          NOT NULL,
    medical_devices   INT          NOT NULL,
    consents_to_named BOOLEAN      NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_hospital PRIMARY KEY (id),
    CONSTRAINT uq_hospital_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hospital_kind_region ON hospital (kind, region);

-- HOSPITAL_ADMIN and BOARD_VIEWER accounts belong to one or more hospitals; they see only those.
CREATE TABLE hospital_member (
    hospital_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    membership  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_hospital_member PRIMARY KEY (hospital_id, account_id, membership),
    CONSTRAINT fk_hospital_member_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id) ON DELETE CASCADE,
    CONSTRAINT fk_hospital_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hospital_member_account ON hospital_member (account_id);

CREATE TABLE leadership_post (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    hospital_id          BIGINT         NOT NULL,
    title                VARCHAR(200)   NOT NULL,
    kind                 VARCHAR(40)    NOT NULL,
    holder_name          VARCHAR(200)   NULL,
    holder_account_id    BIGINT         NULL,
    grade                VARCHAR(40)    NULL,
    reports_to_id        BIGINT         NULL,
    board_seat           VARCHAR(20)    NULL,
    budget_authority     DECIMAL(15, 2) NULL,
    responsibility_level INT            NULL,
    powers_recorded      BOOLEAN        NOT NULL DEFAULT FALSE,
    version              INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_leadership_post PRIMARY KEY (id),
    CONSTRAINT fk_leadership_post_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id) ON DELETE CASCADE,
    CONSTRAINT fk_leadership_post_reports_to FOREIGN KEY (reports_to_id) REFERENCES leadership_post (id) ON DELETE SET NULL,
    CONSTRAINT fk_leadership_post_holder FOREIGN KEY (holder_account_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_leadership_post_hospital ON leadership_post (hospital_id);

-- The decision powers a post holds; powers_recorded tells "holds none" from "not recorded".
CREATE TABLE leadership_post_power (
    post_id BIGINT      NOT NULL,
    power   VARCHAR(40) NOT NULL,
    CONSTRAINT pk_leadership_post_power PRIMARY KEY (post_id, power),
    CONSTRAINT fk_leadership_post_power_post FOREIGN KEY (post_id) REFERENCES leadership_post (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
