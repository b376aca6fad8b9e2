-- Accounts, credentials and the credit line of every user.
CREATE TABLE users (
	id            uuid PRIMARY KEY,
	-- stored trimmed and lower-cased, so the unique key is case-insensitive
	email         varchar(254) NOT NULL UNIQUE,
	password_hash varchar(255) NOT NULL,
	name          varchar(100) NOT NULL,
	roles         varchar(100) NOT NULL,
	status        varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
	created_at    timestamptz  NOT NULL,
	updated_at    timestamptz  NOT NULL
);

CREATE TABLE credit_accounts (
	user_id      uuid PRIMARY KEY REFERENCES users (id),
	credit_limit numeric(19, 2) NOT NULL CHECK (credit_limit >= 0),
	reserved     numeric(19, 2) NOT NULL DEFAULT 0 CHECK (reserved >= 0),
	currency     char(3)        NOT NULL,
	updated_at   timestamptz    NOT NULL,
	-- I2: reserved credit never exceeds the limit, whatever the caller does
	CONSTRAINT reserved_within_limit CHECK (reserved <= credit_limit)
);

-- Opaque refresh tokens, stored only as SHA-256 hashes. A family is one login's chain of
-- rotations: reusing a rotated token revokes the whole family.
CREATE TABLE refresh_tokens (
	id         uuid PRIMARY KEY,
	family_id  uuid        NOT NULL,
	user_id    uuid        NOT NULL REFERENCES users (id),
	token_hash char(64)    NOT NULL UNIQUE,
	issued_at  timestamptz NOT NULL,
	expires_at timestamptz NOT NULL,
	used_at    timestamptz,
	revoked_at timestamptz
);

CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_expiry_idx ON refresh_tokens (expires_at);
