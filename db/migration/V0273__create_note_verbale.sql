-- Every note verbale sent to a Member State: the notification, each reminder and escalation. The
-- number (SG/NV/<year>/<six digits>) comes from a sequence, so it is unique under concurrency;
-- the PDF as sent is kept with it. No victim data and no subject names are ever in it.
CREATE SEQUENCE note_verbale_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE note_verbale (
  number          VARCHAR(24)   NOT NULL PRIMARY KEY,
  engagement_id   BIGINT        NOT NULL,
  kind            VARCHAR(40)   NOT NULL,
  language        VARCHAR(8)    NOT NULL,
  template_version INT          NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  pdf             LONGBLOB      NOT NULL,
  CONSTRAINT fk_note_verbale_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id)
);
CREATE INDEX ix_note_verbale_engagement ON note_verbale (engagement_id, created_at);
