-- Tables of platform/messaging, migrated with their own history table
-- (flyway_messaging_history) so they version independently of each service's schema.

-- Transactional outbox. Columns aggregatetype, aggregateid, type and payload follow
-- Debezium's outbox event router, so CDC can replace the relay without a migration.
CREATE TABLE outbox (
	id            uuid PRIMARY KEY,
	seq           bigserial    NOT NULL UNIQUE,
	aggregatetype varchar(64)  NOT NULL,
	aggregateid   varchar(64)  NOT NULL,
	type          varchar(128) NOT NULL,
	payload       jsonb        NOT NULL,
	topic         varchar(249) NOT NULL,
	message_key   varchar(255) NOT NULL,
	headers       jsonb        NOT NULL,
	created_at    timestamptz  NOT NULL,
	sent_at       timestamptz,
	attempts      integer      NOT NULL DEFAULT 0,
	last_error    text
);

-- The relay reads unsent rows in commit-independent insertion order.
CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumer: an event id is recorded in the same transaction as its effect.
CREATE TABLE inbox (
	event_id     varchar(128) NOT NULL,
	consumer     varchar(128) NOT NULL,
	topic        varchar(249) NOT NULL,
	type         varchar(128) NOT NULL,
	processed_at timestamptz  NOT NULL,
	PRIMARY KEY (event_id, consumer)
);

CREATE INDEX inbox_processed_at_idx ON inbox (processed_at);
