-- Professional bodies and their CPD requirements, the bodies each engineer is registered with, and evidence
-- files kept in the database (so every portal of a cluster serves them).

CREATE TABLE professional_body (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    code                VARCHAR(20)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    cpd_policy          VARCHAR(2000) NOT NULL,
    cycle_months        INT           NOT NULL,
    target_hours        DECIMAL(7, 2) NULL,
    min_activity_types  INT           NOT NULL DEFAULT 0,
    reflection_required BOOLEAN       NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_professional_body PRIMARY KEY (id),
    CONSTRAINT uq_professional_body_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Activity types every cycle must include at least once.
CREATE TABLE professional_body_required_type (
    body_id       BIGINT      NOT NULL,
    activity_type VARCHAR(30) NOT NULL,
    CONSTRAINT pk_professional_body_required_type PRIMARY KEY (body_id, activity_type),
    CONSTRAINT fk_body_required_type_body FOREIGN KEY (body_id) REFERENCES professional_body (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An engineer's registration with a body; cycles run from the registration date.
CREATE TABLE body_registration (
    account_id        BIGINT      NOT NULL,
    body_id           BIGINT      NOT NULL,
    registered_on     DATE        NOT NULL,
    membership_number VARCHAR(60) NULL,
    CONSTRAINT pk_body_registration PRIMARY KEY (account_id, body_id),
    CONSTRAINT fk_body_registration_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_body_registration_body FOREIGN KEY (body_id) REFERENCES professional_body (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence files on CPD activities. The content's own type (not the file name) decides what is accepted; the
-- name is kept only to offer it back on download, never used as a path.
CREATE TABLE evidence_file (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id    BIGINT       NOT NULL,
    activity_id BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  INT          NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     LONGBLOB     NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_evidence_file PRIMARY KEY (id),
    CONSTRAINT fk_evidence_file_owner FOREIGN KEY (owner_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_file_activity FOREIGN KEY (activity_id) REFERENCES cpd_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_file_activity ON evidence_file (activity_id);

-- Illustrative CPD policies in our own words, for the bodies' administrators to keep current.
INSERT INTO professional_body (code, name, cpd_policy, cycle_months, target_hours, min_activity_types,
                               reflection_required) VALUES
    ('ENGC', 'Engineering Council (registration titles)', 'Plan, record, reflect on and evaluate CPD every year; varied activities; no minimum hours. (Illustrative setting.)', 12, NULL, 2, TRUE),
    ('HCPC', 'Health and Care Professions Council', 'A continuous record across each two-year registration period, a mix of activity types, with reflection on practice and benefit to service users. (Illustrative setting.)', 24, NULL, 2, TRUE),
    ('IPEM', 'Institute of Physics and Engineering in Medicine', 'Yearly CPD with a target of 50 hours across formal and work-based learning. (Illustrative setting.)', 12, 50.00, 2, FALSE),
    ('RCT', 'Register of Clinical Technologists', 'Yearly CPD of at least 30 hours including formal learning. (Illustrative setting.)', 12, 30.00, 1, TRUE);

INSERT INTO professional_body_required_type (body_id, activity_type)
SELECT id, 'FORMAL_LEARNING' FROM professional_body WHERE code IN ('IPEM', 'RCT');
INSERT INTO professional_body_required_type (body_id, activity_type)
SELECT id, 'WORK_BASED_LEARNING' FROM professional_body WHERE code = 'IPEM';
