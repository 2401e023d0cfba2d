-- What the people working a case write about it: case narrative, never a victim's identity. Kept
-- with the case, never in the engine; listed newest first.
CREATE TABLE case_comment (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id     BIGINT       NOT NULL,
  author      VARCHAR(64)  NOT NULL,
  written_at  DATETIME(6)  NOT NULL,
  body        TEXT         NOT NULL,
  CONSTRAINT fk_case_comment_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_comment_case ON case_comment (case_id, written_at);
