-- What was done about a substantiated subject group: payments withheld, repatriation, disciplinary
-- measures, measures by the responsible entity, the screening-database entry. Texts stay here.
CREATE TABLE accountability_measure (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_reference    VARCHAR(20)  NOT NULL,
  subject_group_id  BIGINT       NOT NULL,
  kind              VARCHAR(30)  NOT NULL,
  detail            LONGTEXT,
  recorded_at       DATETIME(6)  NOT NULL,
  recorded_by       VARCHAR(100) NOT NULL,
  CONSTRAINT fk_accountability_measure_subject_group FOREIGN KEY (subject_group_id) REFERENCES subject_group (id)
);
CREATE INDEX ix_accountability_measure_subject_group ON accountability_measure (subject_group_id);
