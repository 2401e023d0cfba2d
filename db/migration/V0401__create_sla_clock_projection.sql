-- Which derivation filled sla_clock: a start-up rebuilds the table when the row is missing or names
-- another version (a new migration, a database seeded behind the engine's back, a changed derivation).
CREATE TABLE sla_clock_projection (
  id            INT          NOT NULL PRIMARY KEY,
  version       VARCHAR(40)  NOT NULL,
  rebuilt_at    DATETIME(6)  NOT NULL,
  clocks        BIGINT       NOT NULL
);
