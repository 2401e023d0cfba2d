-- Interim measures (suspension, confinement, payment suspension, repatriation) may be proposed at
-- any time during a case; a manager decides each.
CREATE TABLE interim_measure (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id           BIGINT      NOT NULL,
  subject_group_id  BIGINT,
  measure           VARCHAR(30) NOT NULL,
  status            VARCHAR(20) NOT NULL,
  proposed_by       VARCHAR(64) NOT NULL,
  proposed_at       DATETIME(6) NOT NULL,
  decided_by        VARCHAR(64),
  decided_at        DATETIME(6),
  CONSTRAINT fk_interim_measure_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_interim_measure_subject_group FOREIGN KEY (subject_group_id) REFERENCES subject_group (id)
);
