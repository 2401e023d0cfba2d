-- Named task-list filters: a user's own, and those others chose to share.
CREATE TABLE saved_task_filter (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner            VARCHAR(64)  NOT NULL,
  name             VARCHAR(100) NOT NULL,
  entity_code      VARCHAR(20),
  allegation_type  VARCHAR(40),
  due_state        VARCHAR(20),
  search_text      VARCHAR(100),
  shared           BOOLEAN      NOT NULL,
  saved_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_saved_task_filter_owner_name UNIQUE (owner, name)
);
CREATE INDEX ix_saved_task_filter_shared ON saved_task_filter (shared, name);
