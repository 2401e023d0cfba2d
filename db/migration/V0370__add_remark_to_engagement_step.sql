-- What a Member State adds to its reply in its own words, beyond the answer the reply kinds allow.
-- Kept here with the reply, never in the engine's variables; at most 1000 characters (ReplyRules).
ALTER TABLE engagement_step ADD COLUMN remark VARCHAR(1000);
