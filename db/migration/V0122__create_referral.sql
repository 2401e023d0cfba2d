-- One referral per need. The row opens as PENDING with its due date when the referral task
-- starts, so a breach or a consent withdrawal can be recorded before any provider is chosen.
-- Provider names live here only, never in engine variables.
CREATE TABLE referral (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  victim_id      BIGINT        NOT NULL,
  need           VARCHAR(20)   NOT NULL,
  provider_code  VARCHAR(40),
  provider_name  VARCHAR(200),
  status         VARCHAR(20)   NOT NULL,
  due_at         DATETIME(6)   NOT NULL,
  breached_at    DATETIME(6),
  updated_at     DATETIME(6)   NOT NULL,
  CONSTRAINT fk_referral_victim FOREIGN KEY (victim_id) REFERENCES victim (id)
);
CREATE INDEX ix_referral_victim ON referral (victim_id);
