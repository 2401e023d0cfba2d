-- Safeguard's own user accounts; the engine's identity tables mirror users and groups.
CREATE TABLE account (
  username       VARCHAR(64)  NOT NULL PRIMARY KEY,
  password_hash  VARCHAR(100) NOT NULL,
  display_name   VARCHAR(100) NOT NULL,
  nationality    CHAR(2),
  enabled        BOOLEAN      NOT NULL,
  CONSTRAINT fk_account_nationality FOREIGN KEY (nationality) REFERENCES member_state (code)
);

CREATE TABLE account_role (
  username  VARCHAR(64) NOT NULL,
  role      VARCHAR(20) NOT NULL,
  PRIMARY KEY (username, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (username) REFERENCES account (username)
);
