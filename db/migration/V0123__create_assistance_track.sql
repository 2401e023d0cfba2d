-- How a victim's assistance track stands: OPEN once consent is given, then DECLINED, CLOSED or
-- WITHDRAWN with the date it ended.
CREATE TABLE assistance_track (
  victim_id  BIGINT       NOT NULL PRIMARY KEY,
  status     VARCHAR(20)  NOT NULL,
  opened_at  DATETIME(6)  NOT NULL,
  closed_at  DATETIME(6),
  CONSTRAINT fk_assistance_track_victim FOREIGN KEY (victim_id) REFERENCES victim (id)
);
