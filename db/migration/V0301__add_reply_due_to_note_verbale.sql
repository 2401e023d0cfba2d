-- The date a note verbale asks the Member State to reply by, as printed on it. The scorecard
-- counts a reply on time when it came by this date. Older notes have none: the scorecard then
-- takes the engagement's first reminder, which the ladder sends when that date passes.
ALTER TABLE note_verbale ADD COLUMN reply_due_at DATETIME(6);
