-- CPD reminders (a cycle ending with its requirements unmet, three months without CPD, an objective due, a
-- reflection missing). Each is sent once per account, kind and subject (e.g. a body's cycle, an objective and its
-- target date): the unique key lets the insert decide, so two portals running the daily job at once send one.
CREATE TABLE reminder (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    subject_key VARCHAR(100) NOT NULL,
    sent_on     DATE         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_reminder PRIMARY KEY (id),
    CONSTRAINT uq_reminder_subject UNIQUE (account_id, kind, subject_key),
    CONSTRAINT fk_reminder_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminders are listed with the notifications; their mail can be turned off by the account's owner.
ALTER TABLE account ADD COLUMN reminder_mail BOOLEAN NOT NULL DEFAULT TRUE;
