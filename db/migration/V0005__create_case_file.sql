-- One allegation as received. Its id comes from a sequence and its reference is derived from
-- the id: unique under concurrency, and a rolled-back intake leaves a gap instead of a lock
-- that every other intake would wait on.
CREATE SEQUENCE case_file_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE case_file (
  id               BIGINT       NOT NULL PRIMARY KEY,
  reference        VARCHAR(20)  NOT NULL,
  received_at      DATETIME(6)  NOT NULL,
  recorded_at      DATETIME(6)  NOT NULL,
  recorded_by      VARCHAR(64)  NOT NULL,
  channel          VARCHAR(32)  NOT NULL,
  entity_code      VARCHAR(20)  NOT NULL,
  duty_station     VARCHAR(100) NOT NULL,
  incident_date    DATE,
  allegation_type  VARCHAR(40)  NOT NULL,
  minor_involved   BOOLEAN      NOT NULL,
  summary          LONGTEXT     NOT NULL,
  status           VARCHAR(32)  NOT NULL,
  CONSTRAINT uq_case_file_reference UNIQUE (reference),
  CONSTRAINT fk_case_file_entity FOREIGN KEY (entity_code) REFERENCES entity (code)
);

CREATE INDEX ix_case_file_received_at ON case_file (received_at);
