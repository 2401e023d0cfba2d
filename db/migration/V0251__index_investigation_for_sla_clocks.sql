-- SLA clocks read open investigations (closed_at IS NULL) and those closed in a period.
CREATE INDEX ix_investigation_closed_at ON investigation (closed_at);
