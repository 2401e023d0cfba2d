-- Idempotency keys of intake requests. The key row is inserted first, in the intake's own
-- transaction, so a racing retry with the same key waits on it and then finds the case.
CREATE TABLE intake_request (
  client           VARCHAR(64)  NOT NULL,
  idempotency_key  VARCHAR(100) NOT NULL,
  request_hash     CHAR(64)     NOT NULL,
  case_id          BIGINT,
  received_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (client, idempotency_key),
  CONSTRAINT fk_intake_request_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
