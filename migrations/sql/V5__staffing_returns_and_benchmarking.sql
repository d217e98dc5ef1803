-- Quarterly staffing returns (kept as revisions), the per-quarter totals benchmarking reads, the leadership
-- figures benchmarking compares, and each hospital's own list of peers.

CREATE TABLE staffing_return (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    hospital_id        BIGINT       NOT NULL,
    period             CHAR(7)      NOT NULL,
    revision           INT          NOT NULL,
    submitted_by_id    BIGINT       NULL,
    submitted_by_email VARCHAR(254) NOT NULL,
    submitted_at       DATETIME(6)  NOT NULL,
    source             VARCHAR(10)  NOT NULL,
    note               VARCHAR(500) NULL,
    CONSTRAINT pk_staffing_return PRIMARY KEY (id),
    CONSTRAINT uq_staffing_return_revision UNIQUE (hospital_id, period, revision),
    CONSTRAINT fk_staffing_return_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id) ON DELETE CASCADE,
    CONSTRAINT fk_staffing_return_account FOREIGN KEY (submitted_by_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per staff group; every return has all six groups (zeros for a group the hospital does not employ).
CREATE TABLE staffing_return_line (
    return_id          BIGINT        NOT NULL,
    staff_group        VARCHAR(40)   NOT NULL,
    establishment_fte  DECIMAL(9, 2) NOT NULL,
    in_post_fte        DECIMAL(9, 2) NOT NULL,
    vacancy_fte        DECIMAL(9, 2) NOT NULL,
    agency_fte         DECIMAL(9, 2) NOT NULL,
    leavers            INT           NOT NULL,
    headcount_under_35 INT           NOT NULL,
    headcount_35_to_54 INT           NOT NULL,
    headcount_55_plus  INT           NOT NULL,
    CONSTRAINT pk_staffing_return_line PRIMARY KEY (return_id, staff_group),
    CONSTRAINT fk_staffing_return_line_return FOREIGN KEY (return_id) REFERENCES staffing_return (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The totals of each hospital's latest revision per quarter: what metrics and peer statistics are computed from.
-- Clustered by quarter, because a benchmark reads one quarter (and its trend) for a whole peer group.
CREATE TABLE staffing_quarter (
    period             CHAR(7)        NOT NULL,
    hospital_id        BIGINT         NOT NULL,
    return_id          BIGINT         NOT NULL,
    establishment_fte  DECIMAL(11, 2) NOT NULL,
    in_post_fte        DECIMAL(11, 2) NOT NULL,
    vacancy_fte        DECIMAL(11, 2) NOT NULL,
    agency_fte         DECIMAL(11, 2) NOT NULL,
    engineer_fte       DECIMAL(11, 2) NOT NULL,
    technician_fte     DECIMAL(11, 2) NOT NULL,
    leavers            INT            NOT NULL,
    headcount          INT            NOT NULL,
    headcount_55_plus  INT            NOT NULL,
    CONSTRAINT pk_staffing_quarter PRIMARY KEY (period, hospital_id),
    CONSTRAINT fk_staffing_quarter_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id) ON DELETE CASCADE,
    CONSTRAINT fk_staffing_quarter_return FOREIGN KEY (return_id) REFERENCES staffing_return (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_staffing_quarter_hospital ON staffing_quarter (hospital_id, period);

-- Kept current from the leadership posts whenever they change, so peers can be compared without reading posts.
ALTER TABLE hospital
    ADD COLUMN parity_score INT NULL,
    ADD COLUMN engineering_lead_post BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_hospital_region ON hospital (region);
CREATE INDEX ix_hospital_beds ON hospital (beds);

-- A hospital's saved "my peers" list.
CREATE TABLE hospital_peer (
    hospital_id BIGINT NOT NULL,
    peer_id     BIGINT NOT NULL,
    CONSTRAINT pk_hospital_peer PRIMARY KEY (hospital_id, peer_id),
    CONSTRAINT fk_hospital_peer_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id) ON DELETE CASCADE,
    CONSTRAINT fk_hospital_peer_peer FOREIGN KEY (peer_id) REFERENCES hospital (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
