-- One investigation per investigated subject group. The engine keeps its id and codes; what the
-- investigators wrote (plan, interviews, report, reasons) lives in investigation_event.
CREATE TABLE investigation (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_reference      VARCHAR(20)  NOT NULL,
  subject_group_id    BIGINT       NOT NULL,
  investigating_body  VARCHAR(30)  NOT NULL,
  started_at          DATETIME(6)  NOT NULL,
  due_at              DATETIME(6)  NOT NULL,
  extended_due_at     DATETIME(6),
  finding             VARCHAR(20),
  closed_at           DATETIME(6),
  CONSTRAINT fk_investigation_subject_group FOREIGN KEY (subject_group_id) REFERENCES subject_group (id)
);
CREATE INDEX ix_investigation_subject_group ON investigation (subject_group_id);
