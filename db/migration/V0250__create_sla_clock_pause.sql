-- Pauses of SLA clocks ("awaiting the Member State", "victim unreachable"): the one part of a
-- clock the engine does not hold. The clock itself is the engine's task due date or timer (or the
-- investigation's target); a resumption moves it and records here where it moved, so an ended
-- timer's last target stays known after the engine's runtime row is gone.
CREATE TABLE sla_clock_pause (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  clock_id        VARCHAR(80)    NOT NULL,
  clock_kind      VARCHAR(40)    NOT NULL,
  case_reference  VARCHAR(20)    NOT NULL,
  paused_at       DATETIME(6)    NOT NULL,
  paused_by       VARCHAR(64)    NOT NULL,
  reason          VARCHAR(1000)  NOT NULL,
  target_before   DATETIME(6),
  resumed_at      DATETIME(6),
  resumed_by      VARCHAR(64),
  target_after    DATETIME(6)
);
CREATE INDEX ix_sla_clock_pause_clock ON sla_clock_pause (clock_id, resumed_at);
