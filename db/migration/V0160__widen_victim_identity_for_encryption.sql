-- Victims' names and contacts are stored encrypted (keyId:base64(iv || ciphertext || tag)),
-- about 4/3 of the UTF-8 bytes plus 40 characters: 200 characters of up to four bytes fit in 1200.
-- Written as add, copy, drop, rename: the only column change that both MariaDB and H2 accept.
ALTER TABLE victim ADD COLUMN name_wide VARCHAR(1200);
ALTER TABLE victim ADD COLUMN contact_wide VARCHAR(1200);
UPDATE victim SET name_wide = name, contact_wide = contact;
ALTER TABLE victim DROP COLUMN name;
ALTER TABLE victim DROP COLUMN contact;
ALTER TABLE victim RENAME COLUMN name_wide TO name;
ALTER TABLE victim RENAME COLUMN contact_wide TO contact;
