-- An engineer's CPD plan: development objectives with target dates, linked to a competency and/or a target
-- role, the activities that serve them, and the engineer's evaluation of each.

CREATE TABLE cpd_objective (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    owner_id      BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000) NULL,
    target_date   DATE          NOT NULL,
    competency_id BIGINT        NULL,
    role_code     VARCHAR(40)   NULL,
    outcome       VARCHAR(20)   NULL,
    evaluation    TEXT          NULL,
    evaluated_on  DATE          NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_cpd_objective PRIMARY KEY (id),
    CONSTRAINT fk_cpd_objective_owner FOREIGN KEY (owner_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_cpd_objective_competency FOREIGN KEY (competency_id) REFERENCES competency (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_objective_owner ON cpd_objective (owner_id);

CREATE TABLE cpd_activity_objective (
    activity_id  BIGINT NOT NULL,
    objective_id BIGINT NOT NULL,
    CONSTRAINT pk_cpd_activity_objective PRIMARY KEY (activity_id, objective_id),
    CONSTRAINT fk_activity_objective_activity FOREIGN KEY (activity_id) REFERENCES cpd_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_objective_objective FOREIGN KEY (objective_id) REFERENCES cpd_objective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
