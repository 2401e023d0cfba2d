-- The Member State scorecard finds a quarter's notifications by the date of their note verbale
-- step, across every engagement: an index on the step's kind and date.
CREATE INDEX ix_engagement_step_kind_occurred ON engagement_step (kind, occurred_at);
