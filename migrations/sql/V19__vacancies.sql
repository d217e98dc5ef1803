-- Hospital vacancies and applications to them (issue 12): a vacancy with its person specification (typed criteria,
-- each essential or desirable), the hospital members who shortlist it, the engineers' applications with a statement
-- per criterion and evidence by reference to their records, the shortlisters' scores (0 to 3 per criterion) and the
-- hospital's decision for each applicant. Also the roll-up rules a body may set on a parent competency.

-- A parent competency may be reached through its children: all of them, or a number of them (points).
ALTER TABLE competency ADD COLUMN roll_up VARCHAR(20) NULL;
ALTER TABLE competency ADD COLUMN roll_up_threshold INT NULL;

CREATE TABLE vacancy (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    hospital_id            BIGINT        NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    post_id                BIGINT        NULL,
    role_code              VARCHAR(60)   NULL,
    band                   VARCHAR(20)   NOT NULL,
    location               VARCHAR(200)  NOT NULL,
    hours_per_week         DECIMAL(4, 1) NOT NULL,
    closing_date           DATE          NOT NULL,
    description            TEXT          NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    withdrawal_reason      VARCHAR(2000) NULL,
    published_at           DATETIME(6)   NULL,
    closed_at              DATETIME(6)   NULL,
    shortlisting_closed_at DATETIME(6)   NULL,
    created_by             BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_vacancy PRIMARY KEY (id),
    CONSTRAINT fk_vacancy_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id) ON DELETE CASCADE,
    CONSTRAINT fk_vacancy_post FOREIGN KEY (post_id) REFERENCES leadership_post (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_status_closing ON vacancy (status, closing_date);
CREATE INDEX ix_vacancy_hospital ON vacancy (hospital_id, status);

-- The person specification, in order: each criterion is one of the eligibility engine's kinds.
CREATE TABLE vacancy_criterion (
    row_id             BIGINT        NOT NULL AUTO_INCREMENT,
    vacancy_id         BIGINT        NOT NULL,
    position           INT           NOT NULL,
    essential          BOOLEAN       NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    qualification_id   BIGINT        NULL,
    body_id            BIGINT        NULL,
    competency_id      BIGINT        NULL,
    min_level          INT           NULL,
    verified_only      BOOLEAN       NOT NULL DEFAULT FALSE,
    min_years          INT           NULL,
    cycle              VARCHAR(10)   NULL,
    role_code          VARCHAR(60)   NULL,
    min_percent        INT           NULL,
    text               VARCHAR(1000) NULL,
    CONSTRAINT pk_vacancy_criterion PRIMARY KEY (row_id),
    CONSTRAINT fk_vacancy_criterion_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancy (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_criterion_vacancy ON vacancy_criterion (vacancy_id, position);

CREATE TABLE vacancy_shortlister (
    vacancy_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_vacancy_shortlister PRIMARY KEY (vacancy_id, account_id),
    CONSTRAINT fk_vacancy_shortlister_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancy (id) ON DELETE CASCADE,
    CONSTRAINT fk_vacancy_shortlister_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_shortlister_account ON vacancy_shortlister (account_id);

-- An engineer's application: known to shortlisters only by its reference until shortlisting is closed.
CREATE TABLE vacancy_application (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    vacancy_id     BIGINT        NOT NULL,
    applicant_id   BIGINT        NOT NULL,
    reference      CHAR(8)       NOT NULL,
    status         VARCHAR(30)   NOT NULL,
    submitted_at   DATETIME(6)   NOT NULL,
    withdrawn_at   DATETIME(6)   NULL,
    feedback       VARCHAR(4000) NULL,
    decided_at     DATETIME(6)   NULL,
    interview_at   DATETIME(6)   NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_vacancy_application PRIMARY KEY (id),
    CONSTRAINT uq_vacancy_application_applicant UNIQUE (vacancy_id, applicant_id),
    CONSTRAINT uq_vacancy_application_reference UNIQUE (vacancy_id, reference),
    CONSTRAINT fk_vacancy_application_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancy (id) ON DELETE CASCADE,
    CONSTRAINT fk_vacancy_application_applicant FOREIGN KEY (applicant_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_application_applicant ON vacancy_application (applicant_id);

-- The applicant's supporting statement for a criterion of the specification (by its position).
CREATE TABLE vacancy_application_statement (
    row_id         BIGINT     NOT NULL AUTO_INCREMENT,
    application_id BIGINT     NOT NULL,
    position       INT        NOT NULL,
    text           TEXT       NOT NULL,
    CONSTRAINT pk_vacancy_application_statement PRIMARY KEY (row_id),
    CONSTRAINT fk_vacancy_application_statement FOREIGN KEY (application_id) REFERENCES vacancy_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_application_statement ON vacancy_application_statement (application_id, position);

-- Evidence attached by reference to the applicant's own records (never copied).
CREATE TABLE vacancy_application_evidence (
    row_id         BIGINT      NOT NULL AUTO_INCREMENT,
    application_id BIGINT      NOT NULL,
    kind           VARCHAR(30) NOT NULL,
    record_id      BIGINT      NOT NULL,
    CONSTRAINT pk_vacancy_application_evidence PRIMARY KEY (row_id),
    CONSTRAINT fk_vacancy_application_evidence FOREIGN KEY (application_id) REFERENCES vacancy_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_application_evidence ON vacancy_application_evidence (application_id);

-- What the eligibility engine found for each criterion when the application was made (shown to shortlisters beside
-- the criterion): the outcome and its reason, kept as they were, so that later changes to a record change nothing.
CREATE TABLE vacancy_application_finding (
    row_id         BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    outcome        VARCHAR(20)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_vacancy_application_finding PRIMARY KEY (row_id),
    CONSTRAINT fk_vacancy_application_finding FOREIGN KEY (application_id) REFERENCES vacancy_application (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_application_finding ON vacancy_application_finding (application_id, position);

-- A shortlister's score (0 to 3) for one criterion of one application.
CREATE TABLE vacancy_score (
    row_id         BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    shortlister_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    score          INT           NOT NULL,
    note           VARCHAR(1000) NULL,
    scored_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_vacancy_score PRIMARY KEY (row_id),
    CONSTRAINT fk_vacancy_score_application FOREIGN KEY (application_id) REFERENCES vacancy_application (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_vacancy_score_shortlister FOREIGN KEY (shortlister_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_vacancy_score_application ON vacancy_score (application_id, shortlister_id, position);
