-- Mentoring (mentor profiles, relationships with goals, meetings and actions), verification of competencies by
-- mentors and assessors, and notifications.

CREATE TABLE mentor_profile (
    account_id   BIGINT        NOT NULL,
    region       VARCHAR(100)  NOT NULL,
    capacity     INT           NOT NULL,
    availability VARCHAR(500)  NOT NULL,
    about        VARCHAR(2000) NULL,
    published    BOOLEAN       NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_mentor_profile PRIMARY KEY (account_id),
    CONSTRAINT fk_mentor_profile_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The competencies a mentor can support, at the mentor's own level.
CREATE TABLE mentor_competency (
    account_id    BIGINT NOT NULL,
    competency_id BIGINT NOT NULL,
    level         INT    NOT NULL,
    CONSTRAINT pk_mentor_competency PRIMARY KEY (account_id, competency_id),
    CONSTRAINT fk_mentor_competency_profile FOREIGN KEY (account_id) REFERENCES mentor_profile (account_id) ON DELETE CASCADE,
    CONSTRAINT fk_mentor_competency_competency FOREIGN KEY (competency_id) REFERENCES competency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mentor_competency_competency ON mentor_competency (competency_id);

-- requested → active (accepted) or declined; active → closed.
CREATE TABLE mentoring (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    mentee_id    BIGINT        NOT NULL,
    mentor_id    BIGINT        NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    role_code    VARCHAR(40)   NULL,
    message      VARCHAR(2000) NULL,
    requested_at DATETIME(6)   NOT NULL,
    responded_at DATETIME(6)   NULL,
    closed_at    DATETIME(6)   NULL,
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_mentoring PRIMARY KEY (id),
    CONSTRAINT fk_mentoring_mentee FOREIGN KEY (mentee_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_mentoring_mentor FOREIGN KEY (mentor_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mentoring_mentor ON mentoring (mentor_id, status);
CREATE INDEX ix_mentoring_mentee ON mentoring (mentee_id, status);

CREATE TABLE mentoring_goal (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    mentoring_id BIGINT       NOT NULL,
    title        VARCHAR(300) NOT NULL,
    due_date     DATE         NOT NULL,
    done         BOOLEAN      NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_mentoring_goal PRIMARY KEY (id),
    CONSTRAINT fk_mentoring_goal_mentoring FOREIGN KEY (mentoring_id) REFERENCES mentoring (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mentoring_meeting (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    mentoring_id BIGINT      NOT NULL,
    held_on      DATE        NOT NULL,
    shared_notes TEXT        NOT NULL,
    created_by   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_mentoring_meeting PRIMARY KEY (id),
    CONSTRAINT fk_mentoring_meeting_mentoring FOREIGN KEY (mentoring_id) REFERENCES mentoring (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A participant's own notes on a meeting, never shown to the other.
CREATE TABLE mentoring_private_note (
    meeting_id BIGINT NOT NULL,
    author_id  BIGINT NOT NULL,
    note       TEXT   NOT NULL,
    CONSTRAINT pk_mentoring_private_note PRIMARY KEY (meeting_id, author_id),
    CONSTRAINT fk_private_note_meeting FOREIGN KEY (meeting_id) REFERENCES mentoring_meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mentoring_action (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    mentoring_id BIGINT       NOT NULL,
    description  VARCHAR(500) NOT NULL,
    owner_id     BIGINT       NOT NULL,
    due_date     DATE         NULL,
    done         BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_mentoring_action PRIMARY KEY (id),
    CONSTRAINT fk_mentoring_action_mentoring FOREIGN KEY (mentoring_id) REFERENCES mentoring (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A role may require a competency's level to be verified by a mentor or an assessor.
ALTER TABLE role_competency ADD COLUMN verification_required BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_competency_assessment_source ON competency_assessment (source, account_id, competency_id);

CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    text       VARCHAR(500) NOT NULL,
    link       VARCHAR(300) NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_account ON notification (account_id, read_at);
