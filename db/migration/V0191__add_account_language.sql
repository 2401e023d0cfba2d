-- The language the user chose in the UI (a language tag: en, fr); NULL follows the browser's.
ALTER TABLE account ADD COLUMN language VARCHAR(8);
