-- How to reach a victim safely (times, who may answer, code words): for the victims' rights
-- advocate only, stored encrypted like name and contact; 1000 characters before encryption.
ALTER TABLE victim ADD COLUMN safe_contact_notes VARCHAR(6000);
