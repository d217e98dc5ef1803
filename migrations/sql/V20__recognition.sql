-- Professional recognition: a body's recognition schemes (the areas of competence assessed, the eligibility
-- criteria, the evidence and referees asked, the interview, how long an award lasts), engineers' applications with
-- their statements, evidence, referees, reviews per round, interviews, the panel's decision and appeals, and the
-- public register of awards (read from the awarded applications whose applicant consents; no table of its own).

-- The rows of ordered lists (areas, criteria, statements, evidence, judgements, interview panels) carry a surrogate
-- key of their own: the persistence layer rewrites such a list by value, so a key on (owner, position) would clash
-- mid-rewrite, and every table keeps a primary key for replication.

-- An engineer has at most one open application (a draft or one in progress) to a scheme. "Unique among open ones"
-- cannot be said in the common subset of MySQL and MariaDB (no partial indexes), so the service refuses a second
-- open application; the index ix_recognition_application_applicant serves that check.

CREATE TABLE recognition_scheme (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    body_id                 BIGINT        NOT NULL,
    code                    VARCHAR(40)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    summary                 VARCHAR(4000) NOT NULL,
    post_nominal            VARCHAR(20)   NULL,
    role_code               VARCHAR(40)   NULL,
    evidence_files_required INT           NOT NULL,
    referees_required       INT           NOT NULL DEFAULT 2,
    interview_held          BOOLEAN       NOT NULL,
    validity_years          INT           NOT NULL,
    renewal_rule            VARCHAR(2000) NULL,
    qualification_id        BIGINT        NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    opened_at               DATETIME(6)   NULL,
    closed_at               DATETIME(6)   NULL,
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_recognition_scheme PRIMARY KEY (id),
    CONSTRAINT uq_recognition_scheme_code UNIQUE (code),
    CONSTRAINT uq_recognition_scheme_qualification UNIQUE (qualification_id),
    CONSTRAINT fk_recognition_scheme_body FOREIGN KEY (body_id) REFERENCES professional_body (id),
    CONSTRAINT fk_recognition_scheme_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The role profile assessed is kept by code, like home_target_role: no foreign key to role_profile.
CREATE INDEX ix_recognition_scheme_body ON recognition_scheme (body_id, status);

-- The areas of competence a scheme assesses, in order: a competency, the title applicants see, a word limit.
CREATE TABLE recognition_scheme_area (
    row_id        BIGINT       NOT NULL AUTO_INCREMENT,
    scheme_id     BIGINT       NOT NULL,
    position      INT          NOT NULL,
    competency_id BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    word_limit    INT          NOT NULL,
    CONSTRAINT pk_recognition_scheme_area PRIMARY KEY (row_id),
    CONSTRAINT fk_recognition_scheme_area_scheme FOREIGN KEY (scheme_id) REFERENCES recognition_scheme (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_recognition_scheme_area_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_scheme_area_scheme ON recognition_scheme_area (scheme_id, position);

-- A scheme's eligibility criteria, in order: the columns of the eligibility engine's Criterion, each kind using
-- only its own.
CREATE TABLE recognition_scheme_criterion (
    row_id           BIGINT        NOT NULL AUTO_INCREMENT,
    scheme_id        BIGINT        NOT NULL,
    position         INT           NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    qualification_id BIGINT        NULL,
    body_id          BIGINT        NULL,
    competency_id    BIGINT        NULL,
    min_level        INT           NULL,
    verified_only    BOOLEAN       NOT NULL DEFAULT FALSE,
    min_years        INT           NULL,
    cycle            VARCHAR(10)   NULL,
    role_code        VARCHAR(60)   NULL,
    min_percent      INT           NULL,
    text             VARCHAR(1000) NULL,
    CONSTRAINT pk_recognition_scheme_criterion PRIMARY KEY (row_id),
    CONSTRAINT fk_recognition_scheme_criterion_scheme FOREIGN KEY (scheme_id) REFERENCES recognition_scheme (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_recognition_scheme_criterion_qualification FOREIGN KEY (qualification_id)
        REFERENCES qualification (id),
    CONSTRAINT fk_recognition_scheme_criterion_body FOREIGN KEY (body_id) REFERENCES professional_body (id),
    CONSTRAINT fk_recognition_scheme_criterion_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_scheme_criterion_scheme ON recognition_scheme_criterion (scheme_id, position);

CREATE TABLE recognition_application (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    scheme_id             BIGINT        NOT NULL,
    body_id               BIGINT        NOT NULL,
    applicant_id          BIGINT        NOT NULL,
    state                 VARCHAR(30)   NOT NULL,
    review_round          INT           NOT NULL DEFAULT 0,
    register_consent      BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_changed_at    DATETIME(6)   NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    submitted_on          DATE          NULL,
    submitted_at          DATETIME(6)   NULL,
    referral_note         VARCHAR(2000) NULL,
    decision_number       INT           NOT NULL DEFAULT 0,
    outcome               VARCHAR(20)   NULL,
    decision_note         TEXT          NULL,
    decided_on            DATE          NULL,
    decided_at            DATETIME(6)   NULL,
    decided_by            BIGINT        NULL,
    awarded_on            DATE          NULL,
    valid_until           DATE          NULL,
    held_qualification_id BIGINT        NULL,
    withdrawn_at          DATETIME(6)   NULL,
    withdrawal_reason     VARCHAR(2000) NULL,
    removed_on            DATE          NULL,
    removed_at            DATETIME(6)   NULL,
    removed_by            BIGINT        NULL,
    removal_reason        VARCHAR(2000) NULL,
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_recognition_application PRIMARY KEY (id),
    CONSTRAINT fk_recognition_application_scheme FOREIGN KEY (scheme_id) REFERENCES recognition_scheme (id),
    CONSTRAINT fk_recognition_application_body FOREIGN KEY (body_id) REFERENCES professional_body (id),
    CONSTRAINT fk_recognition_application_applicant FOREIGN KEY (applicant_id) REFERENCES account (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_recognition_application_decided_by FOREIGN KEY (decided_by) REFERENCES account (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_recognition_application_removed_by FOREIGN KEY (removed_by) REFERENCES account (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_recognition_application_held FOREIGN KEY (held_qualification_id)
        REFERENCES held_qualification (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A scheme's applications by state (the body's queues, "any in progress?"); an engineer's own (and the one-open
-- check); a body's register (awarded, consenting) and its queues across schemes.
CREATE INDEX ix_recognition_application_scheme_state ON recognition_application (scheme_id, state);
CREATE INDEX ix_recognition_application_applicant ON recognition_application (applicant_id, scheme_id, state);
CREATE INDEX ix_recognition_application_body_state ON recognition_application (body_id, state, register_consent);

-- The applicant's competence statement per area, kept by the area's competency, in the scheme's order of areas.
CREATE TABLE recognition_statement (
    row_id         BIGINT     NOT NULL AUTO_INCREMENT,
    application_id BIGINT     NOT NULL,
    position       INT        NOT NULL,
    competency_id  BIGINT     NOT NULL,
    text           MEDIUMTEXT NOT NULL,
    word_count     INT        NOT NULL,
    CONSTRAINT pk_recognition_statement PRIMARY KEY (row_id),
    CONSTRAINT fk_recognition_statement_application FOREIGN KEY (application_id)
        REFERENCES recognition_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_statement_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_statement_application ON recognition_statement (application_id, position);

-- The evidence an application points to: a record of the engineer's by kind (held qualification, assessment, CPD
-- activity, evidence file) and id. No foreign key: the id names a row of a different table per kind.
CREATE TABLE recognition_evidence (
    row_id         BIGINT      NOT NULL AUTO_INCREMENT,
    application_id BIGINT      NOT NULL,
    position       INT         NOT NULL,
    kind           VARCHAR(30) NOT NULL,
    record_id      BIGINT      NOT NULL,
    CONSTRAINT pk_recognition_evidence PRIMARY KEY (row_id),
    CONSTRAINT fk_recognition_evidence_application FOREIGN KEY (application_id)
        REFERENCES recognition_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_evidence_application ON recognition_evidence (application_id, position);
CREATE INDEX ix_recognition_evidence_record ON recognition_evidence (kind, record_id);

-- A referee: named by email, invited on submission by a link whose token is stored only as its SHA-256 (found by
-- it when the referee follows the link), then answering from their own account.
CREATE TABLE recognition_referee (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    email          VARCHAR(254)  NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    token_hash     CHAR(64)      NULL,
    invited_at     DATETIME(6)   NULL,
    account_id     BIGINT        NULL,
    statement      VARCHAR(4000) NULL,
    decline_reason VARCHAR(2000) NULL,
    answered_at    DATETIME(6)   NULL,
    CONSTRAINT pk_recognition_referee PRIMARY KEY (id),
    CONSTRAINT uq_recognition_referee_token UNIQUE (token_hash),
    CONSTRAINT fk_recognition_referee_application FOREIGN KEY (application_id)
        REFERENCES recognition_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_referee_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_referee_account ON recognition_referee (account_id);
CREATE INDEX ix_recognition_referee_email ON recognition_referee (email);

-- A reviewer's part in one round of review; one who stepped down keeps the row (and is not assigned again).
CREATE TABLE recognition_review (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    application_id       BIGINT        NOT NULL,
    review_round         INT           NOT NULL,
    reviewer_id          BIGINT        NOT NULL,
    assigned_at          DATETIME(6)   NOT NULL,
    declared_no_conflict BOOLEAN       NOT NULL DEFAULT FALSE,
    recommendation       VARCHAR(20)   NULL,
    comment              TEXT          NULL,
    reported_at          DATETIME(6)   NULL,
    stepped_down_at      DATETIME(6)   NULL,
    CONSTRAINT pk_recognition_review PRIMARY KEY (id),
    CONSTRAINT uq_recognition_review UNIQUE (application_id, review_round, reviewer_id),
    CONSTRAINT fk_recognition_review_application FOREIGN KEY (application_id)
        REFERENCES recognition_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_review_reviewer ON recognition_review (reviewer_id, reported_at);

CREATE TABLE recognition_review_judgement (
    row_id        BIGINT        NOT NULL AUTO_INCREMENT,
    review_id     BIGINT        NOT NULL,
    position      INT           NOT NULL,
    competency_id BIGINT        NOT NULL,
    grade         VARCHAR(20)   NOT NULL,
    comment       VARCHAR(2000) NULL,
    CONSTRAINT pk_recognition_review_judgement PRIMARY KEY (row_id),
    CONSTRAINT fk_recognition_review_judgement_review FOREIGN KEY (review_id) REFERENCES recognition_review (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_recognition_review_judgement_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_review_judgement_review ON recognition_review_judgement (review_id, position);

-- The interview of one round, where the scheme holds one, and its report.
CREATE TABLE recognition_interview (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    review_round   INT          NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    place          VARCHAR(500) NOT NULL,
    arranged_at    DATETIME(6)  NOT NULL,
    report         TEXT         NULL,
    recommendation VARCHAR(20)  NULL,
    reported_by    BIGINT       NULL,
    reported_at    DATETIME(6)  NULL,
    CONSTRAINT pk_recognition_interview PRIMARY KEY (id),
    CONSTRAINT uq_recognition_interview UNIQUE (application_id, review_round),
    CONSTRAINT fk_recognition_interview_application FOREIGN KEY (application_id)
        REFERENCES recognition_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_interview_reported_by FOREIGN KEY (reported_by) REFERENCES account (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_interview_starts ON recognition_interview (starts_at);

CREATE TABLE recognition_interview_panel (
    row_id       BIGINT NOT NULL AUTO_INCREMENT,
    interview_id BIGINT NOT NULL,
    position     INT    NOT NULL,
    account_id   BIGINT NOT NULL,
    CONSTRAINT pk_recognition_interview_panel PRIMARY KEY (row_id),
    CONSTRAINT fk_recognition_interview_panel_interview FOREIGN KEY (interview_id)
        REFERENCES recognition_interview (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_interview_panel_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recognition_interview_panel_interview ON recognition_interview_panel (interview_id, position);
CREATE INDEX ix_recognition_interview_panel_account ON recognition_interview_panel (account_id);

-- An appeal against one decision of the panel (by its number on the application; once per decision).
CREATE TABLE recognition_appeal (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    application_id   BIGINT        NOT NULL,
    decision_number  INT           NOT NULL,
    appealed_outcome VARCHAR(20)   NOT NULL,
    grounds          TEXT          NOT NULL,
    lodged_on        DATE          NOT NULL,
    lodged_at        DATETIME(6)   NOT NULL,
    decision         VARCHAR(20)   NULL,
    reason           VARCHAR(2000) NULL,
    decided_by       BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    CONSTRAINT pk_recognition_appeal PRIMARY KEY (id),
    CONSTRAINT uq_recognition_appeal_decision UNIQUE (application_id, decision_number),
    CONSTRAINT fk_recognition_appeal_application FOREIGN KEY (application_id)
        REFERENCES recognition_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_recognition_appeal_decided_by FOREIGN KEY (decided_by) REFERENCES account (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
