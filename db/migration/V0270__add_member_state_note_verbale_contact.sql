-- How a Member State is written to: the language of its notes verbales (en, fr) and the permanent
-- mission's address on record. Reference data, changed without a release.
-- Seed: French for the Member States where French is an official language (bilingual ones such
-- as Canada, Cameroon, Rwanda, Seychelles and Vanuatu included), English for all others. No
-- mission address is known here: each is entered once the mission gives it; until then notes go
-- to the state's focal points only.
ALTER TABLE member_state ADD COLUMN note_language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE member_state ADD COLUMN mission_email VARCHAR(200);

UPDATE member_state SET note_language = 'fr'
WHERE code IN ('BE', 'BF', 'BI', 'BJ', 'CA', 'CD', 'CF', 'CG', 'CH', 'CI', 'CM', 'DJ', 'FR', 'GA', 'GN', 'GQ',
               'HT', 'KM', 'LU', 'MC', 'MG', 'ML', 'NE', 'RW', 'SC', 'SN', 'TD', 'TG', 'VU');
