-- The task list filters open tasks by their case's allegation type (entity and reference are
-- indexed already). The engine's ACT_RU_TASK needs one on DUE_DATE_ for the default sort, but
-- the engine may create its tables after Flyway has run on a new database, so it is not here.
CREATE INDEX ix_case_file_allegation_type ON case_file (allegation_type, id);
