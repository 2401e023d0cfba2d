-- The actions a Member State reports having taken against its national (judicial, disciplinary,
-- repatriation), each dated, attached to the reply that reported them. Kept here, never in the engine.
CREATE TABLE engagement_action (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  step_id   BIGINT       NOT NULL,
  kind      VARCHAR(20)  NOT NULL,
  taken_on  DATE         NOT NULL,
  detail    VARCHAR(500),
  CONSTRAINT fk_engagement_action_step FOREIGN KEY (step_id) REFERENCES engagement_step (id)
);

CREATE INDEX ix_engagement_action_step ON engagement_action (step_id);
