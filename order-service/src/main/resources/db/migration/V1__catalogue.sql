-- The product catalogue. Products are deactivated, never deleted: orders refer to them.
CREATE TABLE products (
	id         uuid          PRIMARY KEY,
	sku        varchar(32)   NOT NULL UNIQUE CHECK (sku ~ '^[A-Z0-9-]{3,32}$'),
	name       varchar(100)  NOT NULL CHECK (length(btrim(name)) > 0),
	-- two decimals, exactly what clients see
	price      numeric(12, 2) NOT NULL CHECK (price > 0),
	currency   char(3)       NOT NULL,
	active     boolean       NOT NULL DEFAULT true,
	-- optimistic concurrency: every change increments it (the ETag of the product)
	version    bigint        NOT NULL DEFAULT 0,
	created_at timestamptz   NOT NULL,
	updated_at timestamptz   NOT NULL
);

-- The public list: active products by name.
CREATE INDEX products_active_by_name_idx ON products (name, id) WHERE active;

-- A starting catalogue, so that a fresh system can take orders. Fixed ids, so that scripts
-- and tests can refer to them.
INSERT INTO products (id, sku, name, price, currency, active, version, created_at, updated_at) VALUES
	('5f1c3a2e-8b4d-4c6e-9a1f-000000000001', 'KB-MECH-87', 'Mechanical Keyboard, 87 keys', 89.90, '${currency}', true, 0, now(), now()),
	('5f1c3a2e-8b4d-4c6e-9a1f-000000000002', 'MS-WL-01', 'Wireless Mouse', 24.99, '${currency}', true, 0, now(), now()),
	('5f1c3a2e-8b4d-4c6e-9a1f-000000000003', 'MON-27-QHD', '27" QHD Monitor', 279.00, '${currency}', true, 0, now(), now()),
	('5f1c3a2e-8b4d-4c6e-9a1f-000000000004', 'CBL-USBC-2M', 'USB-C Cable, 2 m', 12.50, '${currency}', true, 0, now(), now()),
	('5f1c3a2e-8b4d-4c6e-9a1f-000000000005', 'HS-ANC-300', 'Noise-Cancelling Headset', 149.00, '${currency}', true, 0, now(), now());
