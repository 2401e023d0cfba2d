-- Victims are kept apart from the investigation file. The pseudonym is what everyone sees;
-- name and contact are for the victims' rights advocate only (encrypted in a later migration).
CREATE TABLE victim (
  id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id                BIGINT       NOT NULL,
  pseudonym              VARCHAR(12)  NOT NULL,
  name                   VARCHAR(200),
  contact                VARCHAR(200),
  age_group              VARCHAR(10)  NOT NULL,
  sex                    VARCHAR(10)  NOT NULL,
  consent_to_assistance  BOOLEAN      NOT NULL,
  CONSTRAINT uq_victim_pseudonym UNIQUE (pseudonym),
  CONSTRAINT fk_victim_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
