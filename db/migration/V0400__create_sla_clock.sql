-- The SLA clocks as rows of their own (sla/SlaClockProjection): what the derivation from the
-- engine's tasks, timers and history, the investigation files and the pauses gives for each clock,
-- re-derived per case in the transaction that changes the case's engine state, so the dashboard
-- reads one indexed table instead of the union of the engine's tables. The state that depends on
-- the time (RUNNING, AT_RISK, BREACHED) is computed from the timestamps at query time; outcome is the
-- end state of an ended clock (MET, BREACHED, CANCELLED), null while the clock is open. Ended clocks
-- stay for the trend and the medians. A clock id may appear twice only if the engine's tables hold
-- it twice (the derivation's rows are kept as they are), hence the surrogate key. case_id is the
-- case_file row the visibility condition joins on (by primary key).
CREATE TABLE sla_clock (
  id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT         NOT NULL,
  clock_id            VARCHAR(80)    NOT NULL,
  kind                VARCHAR(40)    NOT NULL,
  case_reference      VARCHAR(20)    NOT NULL,
  entity_code         VARCHAR(20),
  member_state        VARCHAR(64),
  allegation_type     VARCHAR(40),
  personnel_category  VARCHAR(64),
  started_at          DATETIME(6),
  target_at           DATETIME(6),
  ended_at            DATETIME(6),
  outcome             VARCHAR(16),
  paused_at           DATETIME(6),
  pause_reason        VARCHAR(1000),
  assignee            VARCHAR(255),
  candidate_group     VARCHAR(255)
);
CREATE INDEX ix_sla_clock_case ON sla_clock (case_reference);
CREATE INDEX ix_sla_clock_clock_id ON sla_clock (clock_id);
-- open clocks (ended_at IS NULL), not paused, by target: the tallies of open breaches and at-risk
-- clocks read this index alone; the oldest breach and the pages of open clocks start from it
CREATE INDEX ix_sla_clock_open_risk ON sla_clock (ended_at, paused_at, target_at, started_at, kind, entity_code,
                                                  member_state, allegation_type, personnel_category, case_id);
-- breaches per week (targets in a period, open or ended)
CREATE INDEX ix_sla_clock_target ON sla_clock (target_at);
-- drill-downs by entity, Member State, clock
CREATE INDEX ix_sla_clock_entity ON sla_clock (entity_code, ended_at, target_at);
CREATE INDEX ix_sla_clock_member_state ON sla_clock (member_state, ended_at, target_at);
CREATE INDEX ix_sla_clock_kind ON sla_clock (kind, ended_at, target_at);
