-- Self-registered accounts open only once the owner of the email follows the link sent to it. Accounts that
-- exist already were created before this rule and count as confirmed.
ALTER TABLE account ADD COLUMN email_confirmed_at DATETIME(6) NULL;
ALTER TABLE account ADD COLUMN confirmation_hash CHAR(64) NULL;
ALTER TABLE account ADD COLUMN confirmation_expires_at DATETIME(6) NULL;
UPDATE account SET email_confirmed_at = created_at;
CREATE UNIQUE INDEX uq_account_confirmation ON account (confirmation_hash);
