package dev.orderflow.order.catalogue;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import dev.orderflow.order.money.Money;
import dev.orderflow.order.money.SystemCurrency;

/** Browsing the catalogue, and its administration. */
@Service
public class Catalogue {

	private final Products products;

	private final SystemCurrency currency;

	private final Clock clock;

	Catalogue(Products products, SystemCurrency currency, Clock clock) {
		this.products = products;
		this.currency = currency;
		this.clock = clock;
	}

	/**
	 * The products that can be ordered, a page at a time.
	 * @param page the zero-based page
	 * @param size the page size
	 * @return the page
	 */
	public Mono<ProductPage> activeProducts(int page, int size) {
		return this.products.pageOfActive(page, size)
			.collectList()
			.zipWith(this.products.countActive(), (items, total) -> new ProductPage(items, page, size, total));
	}

	/**
	 * One product, active or not: orders keep referring to deactivated ones.
	 * @param id the product id
	 * @return the product, or {@link ProductNotFound}
	 */
	public Mono<Product> product(UUID id) {
		return this.products.findById(id).switchIfEmpty(Mono.error(() -> new ProductNotFound(id)));
	}

	/**
	 * The products with these ids, to price an order; whoever asks checks which are
	 * missing or inactive.
	 * @param ids the product ids
	 * @return the products found, active or not
	 */
	public Flux<Product> products(Collection<UUID> ids) {
		return this.products.findAllById(ids);
	}

	/**
	 * Adds an active product.
	 * @param sku the SKU, not yet used by any product
	 * @param name the name
	 * @param price the unit price, in the system currency
	 * @return the new product, or {@link DuplicateSku}, or
	 * {@link dev.orderflow.order.money.WrongCurrency}
	 */
	public Mono<Product> add(String sku, String name, Money price) {
		return Mono.fromSupplier(() -> Product.create(sku, name, this.currency.check(price), this.clock.instant()))
			.flatMap(this.products::insert)
			.onErrorMap(DuplicateKeyException.class, (ex) -> new DuplicateSku(sku));
	}

	/**
	 * Changes a product.
	 * @param id the product
	 * @param change what to change
	 * @param expectedVersion the version the client last saw ({@code If-Match}), or
	 * {@code null} to change whatever the current version is
	 * @return the product after the change, or {@link ProductNotFound},
	 * {@link ProductVersionMismatch} (the client's version is outdated),
	 * {@link ProductChangedConcurrently} (another change won a race)
	 */
	public Mono<Product> change(UUID id, ProductChange change, Long expectedVersion) {
		return Mono.fromRunnable(() -> {
			if (change.price() != null) {
				this.currency.check(change.price());
			}
		}).then(product(id)).flatMap((current) -> {
			if (expectedVersion != null && expectedVersion != current.version()) {
				return Mono.error(new ProductVersionMismatch(id));
			}
			Product changed = current.change(change, this.clock.instant());
			if (changed == current) {
				return Mono.just(current);
			}
			return this.products.update(changed)
				.switchIfEmpty(Mono.error(() -> (expectedVersion != null) ? new ProductVersionMismatch(id)
						: new ProductChangedConcurrently(id)));
		});
	}

}
