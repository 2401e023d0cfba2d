-- Deadline notifications: one row per clock, threshold and recipient. The unique key is the
-- "sent once" guarantee: the row and its mail are written in one transaction, so a second scan,
-- a restart or a concurrent instance finds the row (or fails on the key) and sends nothing again.
-- Only references and codes: never victim data.
CREATE TABLE sla_notification (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clock_id        VARCHAR(80)  NOT NULL,
  threshold       VARCHAR(16)  NOT NULL,
  recipient       VARCHAR(64)  NOT NULL,
  case_reference  VARCHAR(40)  NOT NULL,
  clock_kind      VARCHAR(40)  NOT NULL,
  target_at       DATETIME(6),
  mail_id         BIGINT,
  created_at      DATETIME(6)  NOT NULL,
  read_at         DATETIME(6),
  CONSTRAINT uq_sla_notification UNIQUE (clock_id, threshold, recipient)
);
CREATE INDEX ix_sla_notification_recipient ON sla_notification (recipient, created_at);
