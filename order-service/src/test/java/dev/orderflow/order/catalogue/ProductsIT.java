package dev.orderflow.order.catalogue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import dev.orderflow.order.OrderServiceIntegrationTest;
import dev.orderflow.order.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repository against real PostgreSQL: the unique SKU and the version check. */
class ProductsIT extends OrderServiceIntegrationTest {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Autowired
	Products products;

	@Test
	void storesAndReadsAProductExactly() {
		Product product = Product.create("EXACT-1", "Exact Lamp", Money.of("0.10", "EUR"), NOW);

		this.products.insert(product).block();

		assertThat(this.products.findById(product.id()).block()).isEqualTo(product);
	}

	@Test
	void refusesASecondProductWithTheSameSku() {
		this.products.insert(Product.create("TWICE-1", "Lamp", Money.of("1.00", "EUR"), NOW)).block();

		assertThatThrownBy(
				() -> this.products.insert(Product.create("TWICE-1", "Other", Money.of("2.00", "EUR"), NOW)).block())
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void storesAChangeOnlyOverTheVersionItWasMadeOn() {
		Product product = this.products.insert(Product.create("RACE-1", "Lamp", Money.of("1.00", "EUR"), NOW)).block();
		Product first = product.change(new ProductChange("First", null, null), NOW);
		Product second = product.change(new ProductChange("Second", null, null), NOW);

		Product stored = this.products.update(first).block();

		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.name()).isEqualTo("First");
		assertThat(this.products.update(second).blockOptional()).isEmpty();
		assertThat(this.products.findById(product.id()).block().name()).isEqualTo("First");
	}

}
