-- Subjects are tracked per group (personnel category + nationality): each Member State is
-- engaged separately, and the organisation counts allegations this way.
CREATE TABLE subject_group (
  id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT      NOT NULL,
  personnel_category  VARCHAR(32) NOT NULL,
  nationality         CHAR(2),
  CONSTRAINT fk_subject_group_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_subject_group_nationality FOREIGN KEY (nationality) REFERENCES member_state (code)
);

CREATE TABLE subject (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subject_group_id  BIGINT       NOT NULL,
  unit              VARCHAR(100),
  CONSTRAINT fk_subject_group FOREIGN KEY (subject_group_id) REFERENCES subject_group (id)
);
