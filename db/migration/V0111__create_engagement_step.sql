-- Every step of an engagement, in order: the note verbale, each rung of the escalation ladder,
-- every reply (including duplicate and late ones, which change nothing but must stay visible).
-- A national investigation officer named in a reply is kept here, never in engine variables.
CREATE TABLE engagement_step (
  id                             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  engagement_id                  BIGINT       NOT NULL,
  kind                           VARCHAR(40)  NOT NULL,
  occurred_at                    DATETIME(6)  NOT NULL,
  detail_code                    VARCHAR(40),
  investigation_officer_name     VARCHAR(200),
  investigation_officer_contact  VARCHAR(200),
  CONSTRAINT fk_engagement_step_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id)
);

CREATE INDEX ix_engagement_step_engagement ON engagement_step (engagement_id, occurred_at);
