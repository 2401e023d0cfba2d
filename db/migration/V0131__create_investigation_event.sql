-- What happened to an investigation and when: the steps' texts, the target clock's warnings and
-- breaches, extensions, rework and the finding. Addressed_to names who was warned.
CREATE TABLE investigation_event (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  investigation_id  BIGINT       NOT NULL,
  type              VARCHAR(40)  NOT NULL,
  occurred_at       DATETIME(6)  NOT NULL,
  actor             VARCHAR(100),
  addressed_to      VARCHAR(100),
  detail            LONGTEXT,
  CONSTRAINT fk_investigation_event_investigation FOREIGN KEY (investigation_id) REFERENCES investigation (id)
);
CREATE INDEX ix_investigation_event_investigation ON investigation_event (investigation_id);
