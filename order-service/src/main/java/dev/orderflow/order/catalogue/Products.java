package dev.orderflow.order.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.orderflow.order.money.Money;

/** The products table, in plain SQL so every statement is visible. */
@Repository
class Products {

	private static final String COLUMNS = "id, sku, name, price, currency, active, version, created_at, updated_at";

	private final DatabaseClient db;

	Products(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Stores a new product.
	 * @param product the product
	 * @return the product, or a {@code DuplicateKeyException} if the SKU is taken
	 */
	public Mono<Product> insert(Product product) {
		return this.db
			.sql("INSERT INTO products (" + COLUMNS + ") VALUES (:id, :sku, :name, :price, :currency, :active, "
					+ ":version, :createdAt, :updatedAt)")
			.bind("id", product.id())
			.bind("sku", product.sku())
			.bind("name", product.name())
			.bind("price", product.price().amount())
			.bind("currency", product.price().currency())
			.bind("active", product.active())
			.bind("version", product.version())
			.bind("createdAt", utc(product.createdAt()))
			.bind("updatedAt", utc(product.updatedAt()))
			.then()
			.thenReturn(product);
	}

	public Mono<Product> findById(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM products WHERE id = :id")
			.bind("id", id)
			.map(Products::map)
			.one();
	}

	/**
	 * The products with these ids, active or not; unknown ids are missing from the
	 * result.
	 * @param ids the product ids
	 * @return the products found
	 */
	public Flux<Product> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.db.sql("SELECT " + COLUMNS + " FROM products WHERE id IN (:ids)")
			.bind("ids", ids)
			.map(Products::map)
			.all();
	}

	/**
	 * A page of the products that can be ordered, by name.
	 * @param page the zero-based page
	 * @param size the page size
	 * @return the products of that page
	 */
	public Flux<Product> pageOfActive(int page, int size) {
		return this.db
			.sql("SELECT " + COLUMNS + " FROM products WHERE active ORDER BY name, id LIMIT :limit OFFSET :offset")
			.bind("limit", size)
			.bind("offset", (long) page * size)
			.map(Products::map)
			.all();
	}

	public Mono<Long> countActive() {
		return this.db.sql("SELECT count(*) AS total FROM products WHERE active")
			.map((row) -> row.get("total", Long.class))
			.one();
	}

	/**
	 * Stores a change if the product is still at the version it was read at, in one
	 * conditional statement, and increments the version.
	 * @param product the changed product, carrying the version it was read at
	 * @return the stored product at its new version, or empty if the product changed in
	 * between (or does not exist)
	 */
	public Mono<Product> update(Product product) {
		return this.db
			.sql("UPDATE products SET name = :name, price = :price, currency = :currency, active = :active, "
					+ "updated_at = :updatedAt, version = version + 1 WHERE id = :id AND version = :version "
					+ "RETURNING " + COLUMNS)
			.bind("name", product.name())
			.bind("price", product.price().amount())
			.bind("currency", product.price().currency())
			.bind("active", product.active())
			.bind("updatedAt", utc(product.updatedAt()))
			.bind("id", product.id())
			.bind("version", product.version())
			.map(Products::map)
			.one();
	}

	private static Product map(Readable row) {
		return new Product(row.get("id", UUID.class), row.get("sku", String.class), row.get("name", String.class),
				new Money(row.get("price", BigDecimal.class), row.get("currency", String.class)),
				Boolean.TRUE.equals(row.get("active", Boolean.class)), row.get("version", Long.class),
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("updated_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
