-- Reference data, not an enum: the list and the formal names change without a release.
CREATE TABLE member_state (
  code            CHAR(2)      NOT NULL PRIMARY KEY,
  name_en         VARCHAR(100) NOT NULL,
  name_fr         VARCHAR(100) NOT NULL,
  formal_name_en  VARCHAR(200),
  formal_name_fr  VARCHAR(200)
);
