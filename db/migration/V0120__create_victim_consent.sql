-- Consent is scoped, dated and revocable: a withdrawal closes the row (withdrawn_at) instead of
-- deleting it, so the record shows what was agreed and when it stopped.
CREATE TABLE victim_consent (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  victim_id     BIGINT       NOT NULL,
  scope         VARCHAR(40)  NOT NULL,
  given         BOOLEAN      NOT NULL,
  given_by      VARCHAR(30)  NOT NULL,
  recorded_at   DATETIME(6)  NOT NULL,
  withdrawn_at  DATETIME(6),
  CONSTRAINT fk_victim_consent_victim FOREIGN KEY (victim_id) REFERENCES victim (id)
);
CREATE INDEX ix_victim_consent_victim_scope ON victim_consent (victim_id, scope);
