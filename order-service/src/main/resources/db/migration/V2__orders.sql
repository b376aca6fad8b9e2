-- Orders and their lines. The status changes only through the Order aggregate; every change
-- is one conditional UPDATE on the version read (optimistic concurrency), so two writers
-- (the saga listener, the deadline job, a cancel over HTTP) can never both win.
CREATE TABLE orders (
	id               uuid          PRIMARY KEY,
	customer_id      uuid          NOT NULL,
	status           varchar(16)   NOT NULL
		CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
	rejection_reason varchar(32)
		CHECK (rejection_reason IN ('INSUFFICIENT_CREDIT', 'USER_NOT_FOUND', 'USER_SUSPENDED', 'TIMEOUT')),
	-- the sum of the lines, computed from catalogue prices when the order was placed
	total_amount     numeric(18, 2) NOT NULL CHECK (total_amount > 0),
	currency         char(3)       NOT NULL,
	-- the client's Idempotency-Key and a fingerprint of the request it came with
	idempotency_key  varchar(255),
	request_hash     char(64),
	created_at       timestamptz   NOT NULL,
	updated_at       timestamptz   NOT NULL,
	-- a PENDING order past this instant is rejected with TIMEOUT by the deadline job
	deadline_at      timestamptz   NOT NULL,
	version          bigint        NOT NULL DEFAULT 0,
	CONSTRAINT orders_reason_only_when_rejected CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
	CONSTRAINT orders_key_with_hash CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
);

-- The same key from the same customer is the same order; another customer may use it too.
CREATE UNIQUE INDEX orders_idempotency_key_idx ON orders (customer_id, idempotency_key)
	WHERE idempotency_key IS NOT NULL;

-- A customer's orders, newest first, with or without a status filter.
CREATE INDEX orders_by_customer_idx ON orders (customer_id, created_at DESC, id DESC);
CREATE INDEX orders_by_customer_status_idx ON orders (customer_id, status, created_at DESC, id DESC);

-- The deadline job looks only at PENDING orders, oldest deadline first.
CREATE INDEX orders_pending_deadline_idx ON orders (deadline_at) WHERE status = 'PENDING';

-- One line per product, with the catalogue's SKU, name and price at the time of ordering:
-- a later change in the catalogue does not change an order.
CREATE TABLE order_lines (
	order_id   uuid          NOT NULL REFERENCES orders (id),
	line_no    smallint      NOT NULL CHECK (line_no >= 0),
	product_id uuid          NOT NULL REFERENCES products (id),
	sku        varchar(32)   NOT NULL,
	name       varchar(100)  NOT NULL,
	quantity   integer       NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
	unit_price numeric(12, 2) NOT NULL CHECK (unit_price > 0),
	currency   char(3)       NOT NULL,
	PRIMARY KEY (order_id, line_no),
	CONSTRAINT order_lines_one_per_product UNIQUE (order_id, product_id)
);
