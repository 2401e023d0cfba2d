-- Every needs assessment as it was made, by whom and when: assistance_need holds the needs now
-- (replaced at each assessment), this table keeps the history the advocates read.
-- needs: the need codes, comma-separated, empty when none was found.
CREATE TABLE needs_assessment (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  victim_id    BIGINT        NOT NULL,
  needs        VARCHAR(400)  NOT NULL,
  assessed_at  DATETIME(6)   NOT NULL,
  assessed_by  VARCHAR(100),
  CONSTRAINT fk_needs_assessment_victim FOREIGN KEY (victim_id) REFERENCES victim (id)
);
CREATE INDEX ix_needs_assessment_victim ON needs_assessment (victim_id);
