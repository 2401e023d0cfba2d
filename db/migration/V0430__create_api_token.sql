-- Tokens an administrator issued for systems and scripts. A token acts as its account within its
-- scopes. Only the SHA-256 of the secret is kept: the secret is random and long, so a fast hash is
-- enough, and it is shown once at issue. Uses are counted in memory and added here at most once a
-- minute, so a call costs no write.
CREATE TABLE api_token (
  id            CHAR(16)      NOT NULL PRIMARY KEY,
  secret_hash   BINARY(32)    NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  username      VARCHAR(64)   NOT NULL,
  scopes        VARCHAR(200)  NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  expires_at    DATETIME(6)   NOT NULL,
  revoked_at    DATETIME(6),
  revoked_by    VARCHAR(64),
  last_used_at  DATETIME(6),
  use_count     BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_api_token_account FOREIGN KEY (username) REFERENCES account (username)
);
CREATE INDEX ix_api_token_username ON api_token (username);
