-- The role an engineer chose to watch on the home page (readiness and next steps). Without a row the home page
-- shows the role the engineer is closest to. Kept by role code: a role profile that no longer exists falls back
-- to the closest, so there is no foreign key to role_profile.
CREATE TABLE home_target_role (
    account_id BIGINT      NOT NULL,
    role_code  VARCHAR(40) NOT NULL,
    chosen_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_home_target_role PRIMARY KEY (account_id),
    CONSTRAINT fk_home_target_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
