-- Course accreditation (issue 11): a provider's course submitted to a professional body, its sessions and learning
-- outcomes (each mapped to a competency at a level), the body's review against its criteria, the decision with
-- conditions, annual returns, appeals, and withdrawal. Completions of an accredited course become verified CPD.

-- The rows of ordered lists (criteria, sessions, outcomes, judgements) carry a surrogate key of their own: the
-- persistence layer rewrites such a list by value, so a key on (owner, position) would clash mid-rewrite, and every
-- table keeps a primary key for replication.

-- A body caps the credit a course may earn in one day, and keeps the criteria its reviewers judge.
ALTER TABLE professional_body ADD COLUMN daily_credit_cap DECIMAL(5, 2) NULL;

CREATE TABLE accreditation_criterion (
    row_id     BIGINT       NOT NULL AUTO_INCREMENT,
    body_id    BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    criterion  VARCHAR(300) NOT NULL,
    CONSTRAINT pk_accreditation_criterion PRIMARY KEY (row_id),
    CONSTRAINT fk_accreditation_criterion_body FOREIGN KEY (body_id) REFERENCES professional_body (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_accreditation_criterion_body ON accreditation_criterion (body_id, sort_order);

INSERT INTO accreditation_criterion (body_id, sort_order, criterion)
SELECT b.id, c.sort_order, c.criterion
FROM professional_body b
CROSS JOIN (SELECT 0 AS sort_order, 'The learning outcomes are appropriate and mapped to competencies' AS criterion
            UNION ALL SELECT 1, 'The contact hours are evidenced by the programme'
            UNION ALL SELECT 2, 'The faculty are suitable'
            UNION ALL SELECT 3, 'The assessment method is adequate'
            UNION ALL SELECT 4, 'The evaluation method is adequate'
            UNION ALL SELECT 5, 'There is no undue commercial influence') c;

CREATE TABLE course (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id          BIGINT        NOT NULL,
    body_id              BIGINT        NOT NULL,
    status               VARCHAR(30)   NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    summary              TEXT          NOT NULL,
    audience             VARCHAR(1000) NOT NULL,
    delivery             VARCHAR(20)   NOT NULL,
    location             VARCHAR(300)  NULL,
    faculty              TEXT          NOT NULL,
    assessment_method    TEXT          NOT NULL,
    evaluation_method    TEXT          NOT NULL,
    sponsored            BOOLEAN       NOT NULL DEFAULT FALSE,
    sponsorship          VARCHAR(1000) NULL,
    change_notice        TEXT          NULL,
    search_text          MEDIUMTEXT    NULL,
    created_at           DATETIME(6)   NOT NULL,
    first_submitted_on   DATE          NULL,
    submitted_at         DATETIME(6)   NULL,
    admin_check_note     VARCHAR(2000) NULL,
    admin_checked_at     DATETIME(6)   NULL,
    review_round         INT           NOT NULL DEFAULT 0,
    decision             VARCHAR(30)   NULL,
    decision_note        TEXT          NULL,
    decided_at           DATETIME(6)   NULL,
    approval_code        VARCHAR(40)   NULL,
    credits              DECIMAL(7, 2) NULL,
    valid_from           DATE          NULL,
    valid_until          DATE          NULL,
    ends_on              DATE          NULL,
    withdrawal_reason    VARCHAR(2000) NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_course PRIMARY KEY (id),
    CONSTRAINT uq_course_approval_code UNIQUE (approval_code),
    CONSTRAINT fk_course_provider FOREIGN KEY (provider_id) REFERENCES training_provider (id),
    CONSTRAINT fk_course_body FOREIGN KEY (body_id) REFERENCES professional_body (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_provider ON course (provider_id, status);
CREATE INDEX ix_course_body_status ON course (body_id, status);
CREATE INDEX ix_course_directory ON course (approval_code, valid_until);

CREATE TABLE course_session (
    row_id     BIGINT       NOT NULL AUTO_INCREMENT,
    course_id     BIGINT       NOT NULL,
    sort_order    INT          NOT NULL,
    session_day   DATE         NOT NULL,
    contact_hours DECIMAL(5, 2) NOT NULL,
    break_hours   DECIMAL(5, 2) NOT NULL DEFAULT 0,
    CONSTRAINT pk_course_session PRIMARY KEY (row_id),
    CONSTRAINT fk_course_session_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_session_course ON course_session (course_id, sort_order);
CREATE INDEX ix_course_session_day ON course_session (session_day);

CREATE TABLE course_outcome (
    row_id     BIGINT       NOT NULL AUTO_INCREMENT,
    course_id     BIGINT       NOT NULL,
    sort_order    INT          NOT NULL,
    outcome       VARCHAR(500) NOT NULL,
    competency_id BIGINT       NOT NULL,
    level         INT          NOT NULL,
    CONSTRAINT pk_course_outcome PRIMARY KEY (row_id),
    CONSTRAINT fk_course_outcome_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_outcome_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_outcome_course ON course_outcome (course_id, sort_order);
CREATE INDEX ix_course_outcome_competency ON course_outcome (competency_id, level);

CREATE TABLE course_review (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    course_id            BIGINT      NOT NULL,
    review_round         INT         NOT NULL,
    reviewer_id          BIGINT      NOT NULL,
    assigned_at          DATETIME(6) NOT NULL,
    declared_no_conflict BOOLEAN     NOT NULL DEFAULT FALSE,
    recommendation       VARCHAR(30) NULL,
    comments             TEXT        NULL,
    submitted_at         DATETIME(6) NULL,
    CONSTRAINT pk_course_review PRIMARY KEY (id),
    CONSTRAINT uq_course_review UNIQUE (course_id, review_round, reviewer_id),
    CONSTRAINT fk_course_review_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_review_reviewer ON course_review (reviewer_id, submitted_at);

CREATE TABLE course_review_judgement (
    row_id     BIGINT       NOT NULL AUTO_INCREMENT,
    review_id  BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    criterion  VARCHAR(300) NOT NULL,
    grade      VARCHAR(20)  NOT NULL,
    comment    VARCHAR(2000) NULL,
    CONSTRAINT pk_course_review_judgement PRIMARY KEY (row_id),
    CONSTRAINT fk_course_review_judgement_review FOREIGN KEY (review_id) REFERENCES course_review (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_review_judgement_review ON course_review_judgement (review_id, sort_order);

CREATE TABLE course_condition (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    course_id      BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    requirement    VARCHAR(1000) NOT NULL,
    due_on         DATE          NOT NULL,
    response       TEXT          NULL,
    responded_at   DATETIME(6)   NULL,
    signed_off_at  DATETIME(6)   NULL,
    signed_off_by  BIGINT        NULL,
    CONSTRAINT pk_course_condition PRIMARY KEY (id),
    CONSTRAINT fk_course_condition_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_annual_return (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    course_id          BIGINT      NOT NULL,
    year_number        INT         NOT NULL,
    cohorts            INT         NOT NULL,
    participants       INT         NOT NULL,
    evaluation_summary TEXT        NOT NULL,
    changes            TEXT        NULL,
    submitted_at       DATETIME(6) NOT NULL,
    submitted_by       BIGINT      NOT NULL,
    CONSTRAINT pk_course_annual_return PRIMARY KEY (id),
    CONSTRAINT uq_course_annual_return UNIQUE (course_id, year_number),
    CONSTRAINT fk_course_annual_return_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_appeal (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    course_id     BIGINT      NOT NULL,
    grounds       TEXT        NOT NULL,
    lodged_at     DATETIME(6) NOT NULL,
    lodged_by     BIGINT      NOT NULL,
    outcome       VARCHAR(20) NULL,
    decision_note TEXT        NULL,
    decided_at    DATETIME(6) NULL,
    decided_by    BIGINT      NULL,
    CONSTRAINT pk_course_appeal PRIMARY KEY (id),
    CONSTRAINT fk_course_appeal_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A completion of an accredited course, recorded by its provider. An email without an account waits (account_id
-- NULL) until someone registers with it; then the verified CPD activity is added for them.
CREATE TABLE course_completion (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    course_id    BIGINT        NOT NULL,
    email        VARCHAR(254)  NOT NULL,
    account_id   BIGINT        NULL,
    completed_on DATE          NOT NULL,
    hours        DECIMAL(5, 2) NOT NULL,
    activity_id  BIGINT        NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    recorded_by  BIGINT        NOT NULL,
    CONSTRAINT pk_course_completion PRIMARY KEY (id),
    CONSTRAINT uq_course_completion UNIQUE (course_id, email, completed_on),
    CONSTRAINT fk_course_completion_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_completion_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_course_completion_activity FOREIGN KEY (activity_id) REFERENCES cpd_activity (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_completion_waiting ON course_completion (email, account_id);
CREATE INDEX ix_course_completion_account ON course_completion (account_id);

-- A verified CPD activity comes from a completion: its course, and the words that say so.
ALTER TABLE cpd_activity ADD COLUMN course_id BIGINT NULL;
ALTER TABLE cpd_activity ADD COLUMN verified_source VARCHAR(300) NULL;
ALTER TABLE cpd_activity
    ADD CONSTRAINT fk_cpd_activity_course FOREIGN KEY (course_id) REFERENCES course (id);

-- The competencies an activity built (for a verified activity: its course's mapped outcomes), offered as evidence
-- when the engineer assesses themselves.
CREATE TABLE cpd_activity_competency (
    activity_id   BIGINT NOT NULL,
    competency_id BIGINT NOT NULL,
    level         INT    NOT NULL,
    CONSTRAINT pk_cpd_activity_competency PRIMARY KEY (activity_id, competency_id),
    CONSTRAINT fk_cpd_activity_competency_activity FOREIGN KEY (activity_id) REFERENCES cpd_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_cpd_activity_competency_competency FOREIGN KEY (competency_id) REFERENCES competency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_activity_competency_competency ON cpd_activity_competency (competency_id);
