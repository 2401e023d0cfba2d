-- The library lists a model's migration runs, newest first.
CREATE INDEX ix_model_migration_batch_key ON model_migration_batch (process_key, started_at);
