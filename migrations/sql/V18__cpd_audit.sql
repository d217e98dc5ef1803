-- CPD audit by random sample (issue 11): a body's audit standards, its campaigns with the published seed and the
-- eligible list the sample was drawn from, and a case per sampled registrant that owns its profile snapshot, its
-- assessments and grades, its deferral and its appeal.

-- What a registration says about the registrant for sampling: the registration title (the profession, for strata
-- and for an assessor of the same profession) and whether the registrant is retired. Today's rows stay valid.
ALTER TABLE body_registration ADD COLUMN registration_title VARCHAR(60) NULL;
ALTER TABLE body_registration ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;

-- The standards a body assesses CPD profiles against; a body without rows here uses HCPC's five.
CREATE TABLE body_audit_standard (
    body_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    code      VARCHAR(10)  NOT NULL,
    statement VARCHAR(500) NOT NULL,
    CONSTRAINT pk_body_audit_standard PRIMARY KEY (body_id, code),
    CONSTRAINT fk_body_audit_standard_body FOREIGN KEY (body_id) REFERENCES professional_body (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_campaign (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    body_id            BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    period_start       DATE          NOT NULL,
    period_end         DATE          NOT NULL,
    sampling_rate      DECIMAL(5, 4) NOT NULL,
    minimum_years      INT           NOT NULL,
    retired_included   BOOLEAN       NOT NULL,
    stratify_by_title  BOOLEAN       NOT NULL,
    deadline           DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    seed               VARCHAR(64)   NULL,
    selected_at        DATETIME(6)   NULL,
    opened_by          BIGINT        NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_audit_campaign PRIMARY KEY (id),
    CONSTRAINT fk_audit_campaign_body FOREIGN KEY (body_id) REFERENCES professional_body (id),
    CONSTRAINT fk_audit_campaign_opened_by FOREIGN KEY (opened_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_campaign_body ON audit_campaign (body_id, created_at);

-- The standards one campaign assesses (copied from the body's when it opens, editable until the selection).
CREATE TABLE audit_campaign_standard (
    campaign_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    code        VARCHAR(10)  NOT NULL,
    statement   VARCHAR(500) NOT NULL,
    CONSTRAINT pk_audit_campaign_standard PRIMARY KEY (campaign_id, code),
    CONSTRAINT fk_audit_campaign_standard_campaign FOREIGN KEY (campaign_id) REFERENCES audit_campaign (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The eligible list as it stood when the sample was drawn, with each registrant's stratum and whether they did not
-- engage with the body's previous campaign: with the seed, everything needed to recompute the selection.
CREATE TABLE audit_campaign_eligible (
    campaign_id        BIGINT      NOT NULL,
    account_id         BIGINT      NOT NULL,
    stratum            VARCHAR(60) NOT NULL,
    not_engaged_before BOOLEAN     NOT NULL,
    CONSTRAINT pk_audit_campaign_eligible PRIMARY KEY (campaign_id, account_id),
    CONSTRAINT fk_audit_campaign_eligible_campaign FOREIGN KEY (campaign_id) REFERENCES audit_campaign (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_case (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id         BIGINT        NOT NULL,
    account_id          BIGINT        NOT NULL,
    stratum             VARCHAR(60)   NOT NULL,
    reason              VARCHAR(30)   NOT NULL,
    place               INT           NOT NULL,
    hash                CHAR(64)      NOT NULL,
    state               VARCHAR(30)   NOT NULL,
    deadline            DATE          NOT NULL,
    round               INT           NOT NULL DEFAULT 0,
    summary             MEDIUMTEXT    NULL,
    statement           MEDIUMTEXT    NULL,
    submitted_summary   MEDIUMTEXT    NULL,
    submitted_statement MEDIUMTEXT    NULL,
    response_reason     VARCHAR(2000) NULL,
    deferral_note       VARCHAR(2000) NULL,
    more_information    VARCHAR(2000) NULL,
    submitted_at        DATETIME(6)   NULL,
    outcome             VARCHAR(30)   NULL,
    outcome_note        VARCHAR(2000) NULL,
    outcome_on          DATE          NULL,
    appeal_grounds      VARCHAR(4000) NULL,
    appealed_state      VARCHAR(30)   NULL,
    appeal_lodged_on    DATE          NULL,
    appeal_decision     VARCHAR(20)   NULL,
    appeal_reason       VARCHAR(2000) NULL,
    appeal_decided_on   DATE          NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_audit_case PRIMARY KEY (id),
    CONSTRAINT uq_audit_case_registrant UNIQUE (campaign_id, account_id),
    CONSTRAINT fk_audit_case_campaign FOREIGN KEY (campaign_id) REFERENCES audit_campaign (id),
    CONSTRAINT fk_audit_case_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_case_account ON audit_case (account_id);
CREATE INDEX ix_audit_case_state_deadline ON audit_case (state, deadline);

-- The activities a registrant has chosen for the profile being drafted, in order.
-- (The surrogate key is the database's own: the list is rewritten as a whole, so no natural key survives an edit.)
CREATE TABLE audit_case_choice (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    case_id     BIGINT NOT NULL,
    position    INT    NOT NULL,
    activity_id BIGINT NOT NULL,
    CONSTRAINT pk_audit_case_choice PRIMARY KEY (id),
    CONSTRAINT fk_audit_case_choice_case FOREIGN KEY (case_id) REFERENCES audit_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_case_choice_case ON audit_case_choice (case_id, position);

-- The submitted profile, frozen: every activity of the period as it stood on submission (copied, not referenced,
-- so later edits to the log change nothing here), per submission round.
CREATE TABLE audit_case_activity (
    case_id       BIGINT         NOT NULL,
    round         INT            NOT NULL,
    activity_id   BIGINT         NOT NULL,
    chosen        BOOLEAN        NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    activity_type VARCHAR(30)    NOT NULL,
    start_date    DATE           NOT NULL,
    end_date      DATE           NOT NULL,
    hours         DECIMAL(5, 2)  NOT NULL,
    learned       TEXT           NULL,
    applied       TEXT           NULL,
    benefit       TEXT           NULL,
    CONSTRAINT pk_audit_case_activity PRIMARY KEY (case_id, round, activity_id),
    CONSTRAINT fk_audit_case_activity_case FOREIGN KEY (case_id) REFERENCES audit_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The evidence of the chosen activities on submission: which file, its name and its SHA-256 (files never change).
CREATE TABLE audit_case_evidence (
    case_id     BIGINT       NOT NULL,
    round       INT          NOT NULL,
    evidence_id BIGINT       NOT NULL,
    activity_id BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_case_evidence PRIMARY KEY (case_id, round, evidence_id),
    CONSTRAINT fk_audit_case_evidence_case FOREIGN KEY (case_id) REFERENCES audit_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An assessor's part in one round of a case: first or second assessor, or moderator (one of each per round, which
-- the case itself keeps: a reassignment replaces a part within one transaction).
CREATE TABLE audit_assessment (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    case_id      BIGINT      NOT NULL,
    round        INT         NOT NULL,
    part         VARCHAR(20) NOT NULL,
    assessor_id  BIGINT      NOT NULL,
    assigned_at  DATETIME(6) NOT NULL,
    graded_at    DATETIME(6) NULL,
    CONSTRAINT pk_audit_assessment PRIMARY KEY (id),
    CONSTRAINT fk_audit_assessment_case FOREIGN KEY (case_id) REFERENCES audit_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_audit_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_assessment_case ON audit_assessment (case_id, round);
CREATE INDEX ix_audit_assessment_assessor ON audit_assessment (assessor_id);

CREATE TABLE audit_assessment_grade (
    assessment_id BIGINT        NOT NULL,
    standard_code VARCHAR(10)   NOT NULL,
    grade         VARCHAR(20)   NOT NULL,
    comment       VARCHAR(2000) NULL,
    CONSTRAINT pk_audit_assessment_grade PRIMARY KEY (assessment_id, standard_code),
    CONSTRAINT fk_audit_assessment_grade_assessment FOREIGN KEY (assessment_id) REFERENCES audit_assessment (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
