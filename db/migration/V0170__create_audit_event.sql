-- The audit trail: who (actor and roles), when, what (an action code and codes in detail), on
-- which case and target, from where, and why when the UI asked for a reason. Append-only: the
-- code has no update or delete path, and on MariaDB a trigger (db/vendor/mariadb) refuses both.
-- Never a victim's identity or narrative text here; ids and codes only.
CREATE TABLE audit_event (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at     DATETIME(6)   NOT NULL,
  actor           VARCHAR(64)   NOT NULL,
  roles           VARCHAR(200)  NOT NULL,
  action          VARCHAR(40)   NOT NULL,
  case_reference  VARCHAR(20),
  target          VARCHAR(64),
  detail          VARCHAR(500),
  reason          VARCHAR(1000),
  remote_address  VARCHAR(45)
);

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_case_reference ON audit_event (case_reference, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
