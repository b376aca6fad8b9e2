package dev.orderflow.order.catalogue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.orderflow.order.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final Instant LATER = NOW.plusSeconds(60);

	@Test
	void startsActiveAtVersionZeroWithATrimmedName() {
		Product product = Product.create("LAMP-1", "  Desk Lamp ", Money.of("39.5", "EUR"), NOW);

		assertThat(product.name()).isEqualTo("Desk Lamp");
		assertThat(product.price().amount().toPlainString()).isEqualTo("39.50");
		assertThat(product.active()).isTrue();
		assertThat(product.version()).isZero();
	}

	@Test
	void refusesAnInvalidSkuNameOrPrice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Product.create("lamp-1", "Lamp", Money.of("1.00", "EUR"), NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Product.create("LAMP-1", " ", Money.of("1.00", "EUR"), NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Product.create("LAMP-1", "x".repeat(101), Money.of("1.00", "EUR"), NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Product.create("LAMP-1", "Lamp", Money.of("0.00", "EUR"), NOW));
	}

	@Test
	void changesOnlyWhatIsGivenAndKeepsSkuAndVersion() {
		Product product = Product.create("LAMP-1", "Lamp", Money.of("10.00", "EUR"), NOW);

		Product changed = product.change(new ProductChange(null, Money.of("12.00", "EUR"), false), LATER);

		assertThat(changed.price()).isEqualTo(Money.of("12.00", "EUR"));
		assertThat(changed.active()).isFalse();
		assertThat(changed.updatedAt()).isEqualTo(LATER);
		assertThat(changed).usingRecursiveComparison()
			.ignoringFields("price", "active", "updatedAt")
			.isEqualTo(product);
	}

	@Test
	void staysTheSameWhenAChangeChangesNothing() {
		Product product = Product.create("LAMP-1", "Lamp", Money.of("10.00", "EUR"), NOW);

		assertThat(product.change(new ProductChange(" Lamp ", Money.of("10", "EUR"), true), LATER)).isSameAs(product);
	}

}
