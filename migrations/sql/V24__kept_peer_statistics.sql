-- Peer statistics kept ahead of time (issue 14), so that a benchmark against a portal group (kind, size band,
-- region, national) reads one summary per metric and quarter instead of every peer's figures.
--
-- Every hospital's metric values, one row per quarter and metric (period 'current' for the metrics that do not
-- change by quarter), with the traits that place it in the portal's groups. Written in the transaction that changes
-- a return or a hospital, so ranks counted here are always current. A metric without a value keeps its row with a
-- NULL value: rows are only ever upserted, as deletes would lock the gaps around them.
CREATE TABLE benchmark_value (
    hospital_id BIGINT       NOT NULL,
    period      CHAR(7)      NOT NULL,
    metric      VARCHAR(30)  NOT NULL,
    value       DOUBLE       NULL,
    named       BOOLEAN      NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    region      VARCHAR(100) NOT NULL,
    size_band   VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_benchmark_value PRIMARY KEY (hospital_id, period, metric),
    CONSTRAINT fk_benchmark_value_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One index per kind of group, each ending in the value, for counting where a hospital's value stands.
CREATE INDEX ix_benchmark_value_national ON benchmark_value (period, metric, value);
CREATE INDEX ix_benchmark_value_kind ON benchmark_value (kind, period, metric, value);
CREATE INDEX ix_benchmark_value_region ON benchmark_value (region, period, metric, value);
CREATE INDEX ix_benchmark_value_size ON benchmark_value (size_band, period, metric, value);

-- A group's summary of one metric in one period: how many hospitals have a value, how many of those have not
-- agreed to be named, the mean, and the 21 percentiles P0, P5, ..., P100 as exact decimals separated by spaces
-- (none when no hospital has a value). group_key is the kind, the size band or the region ('' for national).
CREATE TABLE benchmark_statistics (
    peer_group    VARCHAR(10)  NOT NULL,
    group_key     VARCHAR(100) NOT NULL,
    period        CHAR(7)      NOT NULL,
    metric        VARCHAR(30)  NOT NULL,
    value_count   INT          NOT NULL,
    unnamed_count INT          NOT NULL,
    mean          DOUBLE       NULL,
    percentiles   VARCHAR(1000) NULL,
    computed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_benchmark_statistics PRIMARY KEY (peer_group, group_key, period, metric)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Groups and periods whose summaries are behind their values: marked in the changing transaction, cleared by the
-- node that recomputes them. marked_at is the oldest change waiting, which the benchmark shows as the lag.
CREATE TABLE benchmark_stale (
    peer_group VARCHAR(10)  NOT NULL,
    group_key  VARCHAR(100) NOT NULL,
    period     CHAR(7)      NOT NULL,
    marked_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_benchmark_stale PRIMARY KEY (peer_group, group_key, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The keeper finds the oldest mark, then claims its period's marks: each by an index, so it locks those rows only
-- and writers marking other periods never wait for it.
CREATE INDEX ix_benchmark_stale_marked ON benchmark_stale (marked_at);
CREATE INDEX ix_benchmark_stale_period ON benchmark_stale (period);
