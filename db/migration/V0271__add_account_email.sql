-- Where a user is written to (notes verbales to focal points, deadline notifications); NULL: no mail.
ALTER TABLE account ADD COLUMN email VARCHAR(200);
