-- Who recorded each answer and who withdrew it, for the advocates' view of a victim's consent
-- history. Answers recorded before this change name nobody.
ALTER TABLE victim_consent ADD COLUMN recorded_by VARCHAR(100);
ALTER TABLE victim_consent ADD COLUMN withdrawn_by VARCHAR(100);
