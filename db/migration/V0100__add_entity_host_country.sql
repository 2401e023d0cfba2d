-- The country a mission is stationed in: its public holidays are the duty station's non-working
-- days for the deadlines of the case. Agencies and the Secretariat serve many countries: NULL,
-- which counts weekends only.
ALTER TABLE entity ADD COLUMN host_country CHAR(2);

UPDATE entity SET host_country = 'CF' WHERE code = 'MINUSCA';
UPDATE entity SET host_country = 'CD' WHERE code = 'MONUSCO';
UPDATE entity SET host_country = 'SS' WHERE code = 'UNMISS';
UPDATE entity SET host_country = 'LB' WHERE code = 'UNIFIL';
UPDATE entity SET host_country = 'SD' WHERE code = 'UNISFA';
UPDATE entity SET host_country = 'CY' WHERE code = 'UNFICYP';
UPDATE entity SET host_country = 'SY' WHERE code = 'UNDOF';
UPDATE entity SET host_country = 'IN' WHERE code = 'UNMOGIP';
UPDATE entity SET host_country = 'IL' WHERE code = 'UNTSO';
UPDATE entity SET host_country = 'MA' WHERE code = 'MINURSO';
UPDATE entity SET host_country = 'RS' WHERE code = 'UNMIK';
UPDATE entity SET host_country = 'AF' WHERE code = 'UNAMA';
UPDATE entity SET host_country = 'LY' WHERE code = 'UNSMIL';
UPDATE entity SET host_country = 'HT' WHERE code = 'BINUH';
UPDATE entity SET host_country = 'YE' WHERE code = 'UNMHA';
