-- The preliminary assessment decides per subject group whether the acts, if true, would breach
-- the standards; each group's branch of the lifecycle ends with an outcome.
ALTER TABLE subject_group ADD COLUMN breaches_standards BOOLEAN;
ALTER TABLE subject_group ADD COLUMN assessment_reason VARCHAR(500);
ALTER TABLE subject_group ADD COLUMN outcome VARCHAR(40);
