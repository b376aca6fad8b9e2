-- One row per order the saga asked credit for. RESERVED holds credit; RELEASED gave it back,
-- or closed an order that was rejected or cancelled before its credit was ever reserved, so
-- that a late (replayed) OrderCreated cannot reserve for an order that has ended.
CREATE TABLE credit_reservations (
	order_id    uuid PRIMARY KEY,
	user_id     uuid           NOT NULL,
	amount      numeric(19, 2) NOT NULL CHECK (amount >= 0),
	status      varchar(16)    NOT NULL CHECK (status IN ('RESERVED', 'RELEASED')),
	reserved_at timestamptz,
	released_at timestamptz
);

CREATE INDEX credit_reservations_user_idx ON credit_reservations (user_id);
