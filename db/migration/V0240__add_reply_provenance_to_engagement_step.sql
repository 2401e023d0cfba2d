-- Who recorded a Member State's reply and how: the focal point themselves, or a manager who
-- recorded a reply received on paper on the Member State's behalf. The request's fingerprint
-- and the client's Idempotency-Key let a retried reply find the one already recorded.
ALTER TABLE engagement_step ADD COLUMN recorded_by VARCHAR(64);
ALTER TABLE engagement_step ADD COLUMN on_behalf BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE engagement_step ADD COLUMN request_hash CHAR(64);
ALTER TABLE engagement_step ADD COLUMN request_client VARCHAR(64);
ALTER TABLE engagement_step ADD COLUMN request_key VARCHAR(100);

CREATE UNIQUE INDEX ux_engagement_step_request ON engagement_step (request_client, request_key);
