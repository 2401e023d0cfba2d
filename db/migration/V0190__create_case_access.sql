-- Need to know (DESIGN §3). An account's entity scopes intake officers and advocates; its
-- nationality and unit are what a conflict of interest is matched on.
ALTER TABLE account ADD COLUMN entity_code VARCHAR(20);
ALTER TABLE account ADD COLUMN unit VARCHAR(100);
ALTER TABLE account ADD CONSTRAINT fk_account_entity FOREIGN KEY (entity_code) REFERENCES entity (code);

-- The investigators assigned to a case: the only investigators who see it.
CREATE TABLE case_team_member (
  case_id     BIGINT       NOT NULL,
  username    VARCHAR(64)  NOT NULL,
  added_by    VARCHAR(64)  NOT NULL,
  added_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (case_id, username),
  CONSTRAINT fk_case_team_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_case_team_account FOREIGN KEY (username) REFERENCES account (username)
);
CREATE INDEX ix_case_team_member_username ON case_team_member (username, case_id);

-- Users a manager has excluded from a case by name, on top of the exclusions that follow from
-- nationality and unit.
CREATE TABLE case_exclusion (
  case_id      BIGINT        NOT NULL,
  username     VARCHAR(64)   NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  excluded_by  VARCHAR(64)   NOT NULL,
  excluded_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (case_id, username),
  CONSTRAINT fk_case_exclusion_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_case_exclusion_account FOREIGN KEY (username) REFERENCES account (username)
);

-- Time-limited access to a case the user is excluded from, always with a written reason. Rows
-- are kept after they expire: they are part of the record of who saw what.
CREATE TABLE break_glass (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT        NOT NULL,
  username    VARCHAR(64)   NOT NULL,
  reason      VARCHAR(1000) NOT NULL,
  opened_at   DATETIME(6)   NOT NULL,
  expires_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_break_glass_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_break_glass_user_case ON break_glass (username, case_id, expires_at);

-- The scope conditions look cases up by these.
CREATE INDEX ix_case_file_entity ON case_file (entity_code, id);
CREATE INDEX ix_subject_group_case_nationality ON subject_group (case_id, nationality);
CREATE INDEX ix_subject_unit ON subject (unit);
