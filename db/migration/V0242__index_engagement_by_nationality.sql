-- The focal-point portal lists a Member State's open engagements and its replies.
CREATE INDEX ix_engagement_nationality_status ON engagement (nationality, status, opened_at);
