-- Competency frameworks (versioned trees with proficiency scales and cross-walks), the qualifications
-- catalogue and what engineers hold, role profiles with their requirements, and engineers' assessments.

-- Block-allocated ids for tables that take bulk imports, so inserts can be batched.
CREATE TABLE id_block (
    name     VARCHAR(60) NOT NULL,
    next_val BIGINT      NOT NULL,
    CONSTRAINT pk_id_block PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_block (name, next_val) VALUES ('competency', 100000), ('crosswalk', 100000);

CREATE TABLE framework (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    code                VARCHAR(40)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    publisher           VARCHAR(200)  NOT NULL,
    description         TEXT          NULL,
    licence             VARCHAR(1000) NULL,
    version_label       VARCHAR(40)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    case_identifier     VARCHAR(64)   NOT NULL,
    case_uri            VARCHAR(500)  NULL,
    proficient_from     INT           NOT NULL,
    previous_version_id BIGINT        NULL,
    created_at          DATETIME(6)   NOT NULL,
    published_at        DATETIME(6)   NULL,
    retired_at          DATETIME(6)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_framework PRIMARY KEY (id),
    CONSTRAINT uq_framework_code_version UNIQUE (code, version_label),
    CONSTRAINT fk_framework_previous FOREIGN KEY (previous_version_id) REFERENCES framework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_framework_case_identifier ON framework (case_identifier);
CREATE INDEX ix_framework_status ON framework (status);

CREATE TABLE proficiency_level (
    framework_id BIGINT        NOT NULL,
    level_no     INT           NOT NULL,
    label        VARCHAR(100)  NOT NULL,
    description  VARCHAR(1000) NULL,
    CONSTRAINT pk_proficiency_level PRIMARY KEY (framework_id, level_no),
    CONSTRAINT fk_proficiency_level_framework FOREIGN KEY (framework_id) REFERENCES framework (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE competency (
    id              BIGINT       NOT NULL,
    framework_id    BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    code            VARCHAR(60)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    statement       TEXT         NOT NULL,
    item_type       VARCHAR(60)  NOT NULL,
    sort_order      INT          NOT NULL,
    case_identifier VARCHAR(64)  NOT NULL,
    case_uri        VARCHAR(500) NULL,
    proficient_from INT          NULL,
    CONSTRAINT pk_competency PRIMARY KEY (id),
    CONSTRAINT uq_competency_code UNIQUE (framework_id, code),
    CONSTRAINT uq_competency_case_identifier UNIQUE (framework_id, case_identifier),
    CONSTRAINT fk_competency_framework FOREIGN KEY (framework_id) REFERENCES framework (id) ON DELETE CASCADE,
    CONSTRAINT fk_competency_parent FOREIGN KEY (parent_id) REFERENCES competency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_competency_tree ON competency (framework_id, parent_id, sort_order);
CREATE INDEX ix_competency_case_identifier ON competency (case_identifier);

CREATE TABLE crosswalk (
    id                 BIGINT      NOT NULL,
    from_competency_id BIGINT      NOT NULL,
    to_competency_id   BIGINT      NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    case_identifier    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_crosswalk PRIMARY KEY (id),
    CONSTRAINT uq_crosswalk UNIQUE (from_competency_id, to_competency_id, kind),
    CONSTRAINT fk_crosswalk_from FOREIGN KEY (from_competency_id) REFERENCES competency (id) ON DELETE CASCADE,
    CONSTRAINT fk_crosswalk_to FOREIGN KEY (to_competency_id) REFERENCES competency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_crosswalk_to ON crosswalk (to_competency_id);

CREATE TABLE qualification (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    awarding_body  VARCHAR(200) NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    level          INT          NULL,
    renewal_months INT          NULL,
    CONSTRAINT pk_qualification PRIMARY KEY (id),
    CONSTRAINT uq_qualification_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE held_qualification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    account_id          BIGINT        NOT NULL,
    qualification_id    BIGINT        NOT NULL,
    awarded_on          DATE          NOT NULL,
    expires_on          DATE          NULL,
    registration_number VARCHAR(60)   NULL,
    evidence_note       VARCHAR(2000) NULL,
    verified_by         BIGINT        NULL,
    verified_at         DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT pk_held_qualification PRIMARY KEY (id),
    CONSTRAINT fk_held_qualification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_held_qualification_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id),
    CONSTRAINT fk_held_qualification_verifier FOREIGN KEY (verified_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_held_qualification_account ON held_qualification (account_id);

CREATE TABLE role_profile (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    code                 VARCHAR(40)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    summary              TEXT         NOT NULL,
    min_years            INT          NOT NULL,
    responsibility_level INT          NOT NULL,
    authority_notes      TEXT         NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_role_profile PRIMARY KEY (id),
    CONSTRAINT uq_role_profile_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A role's qualification rules: the top-level rules must all be met; each rule is ALL / ANY / AT_LEAST n of
-- its options, which are qualifications and nested rules (so "CEng, or IEng with an MSc" can be said).
CREATE TABLE qualification_rule (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    role_id        BIGINT       NOT NULL,
    parent_rule_id BIGINT       NULL,
    rule_kind      VARCHAR(20)  NOT NULL,
    min_count      INT          NOT NULL,
    description    VARCHAR(300) NOT NULL,
    sort_order     INT          NOT NULL,
    CONSTRAINT pk_qualification_rule PRIMARY KEY (id),
    CONSTRAINT fk_qualification_rule_role FOREIGN KEY (role_id) REFERENCES role_profile (id) ON DELETE CASCADE,
    CONSTRAINT fk_qualification_rule_parent FOREIGN KEY (parent_rule_id) REFERENCES qualification_rule (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE qualification_rule_option (
    rule_id          BIGINT NOT NULL,
    qualification_id BIGINT NOT NULL,
    CONSTRAINT pk_qualification_rule_option PRIMARY KEY (rule_id, qualification_id),
    CONSTRAINT fk_rule_option_rule FOREIGN KEY (rule_id) REFERENCES qualification_rule (id) ON DELETE CASCADE,
    CONSTRAINT fk_rule_option_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE role_competency (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    role_id       BIGINT NOT NULL,
    competency_id BIGINT NOT NULL,
    min_level     INT    NOT NULL,
    CONSTRAINT pk_role_competency PRIMARY KEY (id),
    CONSTRAINT uq_role_competency UNIQUE (role_id, competency_id),
    CONSTRAINT fk_role_competency_role FOREIGN KEY (role_id) REFERENCES role_profile (id) ON DELETE CASCADE,
    CONSTRAINT fk_role_competency_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: a new assessment never replaces an old one.
CREATE TABLE competency_assessment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    account_id    BIGINT       NOT NULL,
    competency_id BIGINT       NOT NULL,
    level         INT          NOT NULL,
    note          TEXT         NULL,
    evidence_text TEXT         NULL,
    evidence_url  VARCHAR(500) NULL,
    source        VARCHAR(20)  NOT NULL,
    assessor_id   BIGINT       NULL,
    assessed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_competency_assessment PRIMARY KEY (id),
    CONSTRAINT fk_assessment_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT fk_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assessment_account_competency ON competency_assessment (account_id, competency_id, assessed_at);

CREATE TABLE assessment_cpd_evidence (
    assessment_id   BIGINT NOT NULL,
    cpd_activity_id BIGINT NOT NULL,
    CONSTRAINT pk_assessment_cpd_evidence PRIMARY KEY (assessment_id, cpd_activity_id),
    CONSTRAINT fk_evidence_assessment FOREIGN KEY (assessment_id) REFERENCES competency_assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_cpd FOREIGN KEY (cpd_activity_id) REFERENCES cpd_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engineer_profile (
    account_id       BIGINT       NOT NULL,
    years_experience INT          NULL,
    current_post     VARCHAR(200) NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_engineer_profile PRIMARY KEY (account_id),
    CONSTRAINT fk_engineer_profile_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
