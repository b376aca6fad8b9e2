-- Clients that signed in successfully (OWASP's device cookies, as a token the client keeps):
-- the SHA-256 of the token's random secret, and whose it is. A failed sign-in from a known
-- device counts against that device only, so guessing from elsewhere cannot lock the owner out.
CREATE TABLE known_devices (
	token_hash char(64)    PRIMARY KEY,
	user_id    uuid        NOT NULL REFERENCES users (id),
	issued_at  timestamptz NOT NULL,
	expires_at timestamptz NOT NULL
);

CREATE INDEX known_devices_user_idx ON known_devices (user_id);

-- Failed sign-ins per subject: one known device ('device:' + its token's hash), or all the
-- unknown clients of one email ('email:' + the email's hash, whether an account has it or not).
-- user_id is the account's, so that an administrator can see and lift its locks.
CREATE TABLE sign_in_failures (
	subject           varchar(80) PRIMARY KEY,
	user_id           uuid REFERENCES users (id),
	failures          integer     NOT NULL CHECK (failures > 0),
	window_started_at timestamptz NOT NULL,
	locked_until      timestamptz
);

CREATE INDEX sign_in_failures_user_idx ON sign_in_failures (user_id);
