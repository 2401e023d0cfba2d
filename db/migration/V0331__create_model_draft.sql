-- The draft a process owner is editing, one per model, kept in the database so it survives a
-- restart and every owner sees the same one. `version` counts the saves: a save names the version
-- it started from, and a save from an older one is refused, so two owners are warned instead of
-- one silently overwriting the other.
CREATE TABLE model_draft (
  model_key   VARCHAR(255)  NOT NULL PRIMARY KEY,
  content     LONGTEXT      NOT NULL,
  version     INT           NOT NULL,
  saved_by    VARCHAR(64)   NOT NULL,
  saved_at    DATETIME(6)   NOT NULL
);
