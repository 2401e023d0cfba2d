-- Each migration of running instances a process owner started as a batch: the engine's batch knows
-- neither the model nor the versions and is gone once done, so the library's past runs are read here.
CREATE TABLE model_migration_batch (
  batch_id       VARCHAR(64)    NOT NULL PRIMARY KEY,
  process_key    VARCHAR(255)   NOT NULL,
  from_version   INT            NOT NULL,
  to_version     INT            NOT NULL,
  instances      INT            NOT NULL,
  update_timers  BOOLEAN        NOT NULL,
  started_by     VARCHAR(64)    NOT NULL,
  started_at     DATETIME(6)    NOT NULL,
  reason         VARCHAR(1000)  NOT NULL
);
