-- The note verbale template per language, as process owners edit it: every replacement is a new
-- version (the highest one is in use), so each stored note names the wording it was made from.
-- Empty until an owner replaces the default shipped in src/main/resources/notes-verbales/.
CREATE TABLE note_verbale_template (
  language    VARCHAR(8)   NOT NULL,
  version     INT          NOT NULL,
  body        LONGTEXT     NOT NULL,
  created_by  VARCHAR(64)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (language, version)
);
