-- One engagement of a Member State about one subject group: a notification, a request to report
-- the actions taken, or a paternity claim. Its outcome is set once, when it closes.
CREATE TABLE engagement (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_reference    VARCHAR(20)  NOT NULL,
  subject_group_id  BIGINT,
  nationality       CHAR(2)      NOT NULL,
  purpose           VARCHAR(20)  NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  outcome           VARCHAR(32),
  opened_at         DATETIME(6)  NOT NULL,
  closed_at         DATETIME(6),
  CONSTRAINT fk_engagement_subject_group FOREIGN KEY (subject_group_id) REFERENCES subject_group (id),
  CONSTRAINT fk_engagement_nationality FOREIGN KEY (nationality) REFERENCES member_state (code)
);

CREATE INDEX ix_engagement_case_reference ON engagement (case_reference);
