-- Scheduled work runs once per cluster: every node's timer fires, and the node that records the run's slot (the
-- job's name and the day or hour it is for) does the work; the others find the slot taken and do nothing.
CREATE TABLE scheduled_run (
    job        VARCHAR(60)  NOT NULL,
    slot       VARCHAR(40)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    started_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job, slot)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
