-- Mail leaves through a durable outbox: a mail is written in the transaction that asked for it (so a rolled-back
-- change sends nothing and a committed one is never lost), delivered after the commit, and tried again with growing
-- waits when the SMTP server fails. On a cluster a node claims a mail before sending it (claimed_until), so each
-- mail is sent by one node; a node that dies mid-claim leaves the mail to be claimed again once the claim lapses.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_until   DATETIME(6)   NULL,
    claimed_by      VARCHAR(100)  NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The deliverer's question: which pending mails are due, oldest first.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);
