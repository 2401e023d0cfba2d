-- Lockout after repeated failed sign-ins: consecutive failures since the last success or lock,
-- and the instant until which the account refuses every sign-in (NULL when not locked).
ALTER TABLE account ADD COLUMN failed_sign_ins INT DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN locked_until DATETIME(6);
