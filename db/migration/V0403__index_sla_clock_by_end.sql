-- The median time to each milestone reads the clocks that ended in a period, from this index alone.
CREATE INDEX ix_sla_clock_ended ON sla_clock (ended_at, outcome, kind, started_at);
