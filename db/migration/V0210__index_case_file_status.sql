-- The case list filters by status, newest first.
CREATE INDEX ix_case_file_status ON case_file (status, id);
