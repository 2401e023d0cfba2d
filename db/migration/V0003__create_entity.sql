-- Missions and agencies a case is recorded against.
CREATE TABLE entity (
  code     VARCHAR(20)  NOT NULL PRIMARY KEY,
  kind     VARCHAR(20)  NOT NULL,
  name_en  VARCHAR(200) NOT NULL,
  name_fr  VARCHAR(200)
);
