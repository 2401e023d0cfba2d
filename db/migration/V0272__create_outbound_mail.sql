-- The mail outbox: one row per recipient, written in the transaction of the change that causes it,
-- so nothing acknowledged is lost; a scheduled sender delivers it. A sender claims a row by moving
-- it to SENDING with a lease (optimistic update, safe with several instances); a failed attempt
-- puts it back to PENDING with a later next_attempt_at; SENT rows are never sent again.
CREATE TABLE outbound_mail (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient        VARCHAR(200)  NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             LONGTEXT      NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  attempts         INT           DEFAULT 0 NOT NULL,
  next_attempt_at  DATETIME(6)   NOT NULL,
  claimed_by       VARCHAR(64),
  claimed_until    DATETIME(6),
  last_error       VARCHAR(500),
  created_at       DATETIME(6)   NOT NULL,
  sent_at          DATETIME(6)
);
CREATE INDEX ix_outbound_mail_due ON outbound_mail (status, next_attempt_at);

CREATE TABLE outbound_mail_attachment (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mail_id       BIGINT        NOT NULL,
  filename      VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  content       LONGBLOB      NOT NULL,
  CONSTRAINT fk_outbound_mail_attachment_mail FOREIGN KEY (mail_id) REFERENCES outbound_mail (id)
);
CREATE INDEX ix_outbound_mail_attachment_mail ON outbound_mail_attachment (mail_id);
