-- The needs found by the advocate's assessment; one row per need code.
CREATE TABLE assistance_need (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  victim_id    BIGINT       NOT NULL,
  need         VARCHAR(20)  NOT NULL,
  assessed_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_assistance_need UNIQUE (victim_id, need),
  CONSTRAINT fk_assistance_need_victim FOREIGN KEY (victim_id) REFERENCES victim (id)
);
