package dev.orderflow.order.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

	@Test
	void alwaysHasTwoDecimals() {
		assertThat(Money.of("19.9", "EUR").amount()).isEqualTo(new BigDecimal("19.90"));
		assertThat(Money.of("20", "EUR").amount().toPlainString()).isEqualTo("20.00");
		assertThat(Money.of("1.500", "EUR").amount().toPlainString()).isEqualTo("1.50");
	}

	@Test
	void refusesFractionsOfACent() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("19.999", "EUR"));
	}

	@Test
	void refusesWhatIsNoCurrencyCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "eur"));
	}

	@Test
	void addsAndMultipliesExactly() {
		Money total = Money.of("0.10", "EUR").times(3).plus(Money.of("0.20", "EUR"));

		assertThat(total).isEqualTo(Money.of("0.50", "EUR"));
	}

	@Test
	void refusesToAddAnotherCurrency() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "USD")));
	}

	@Test
	void theSystemCurrencyRefusesOthers() {
		SystemCurrency euro = new SystemCurrency("EUR");

		assertThat(euro.check(Money.of("1.00", "EUR"))).isEqualTo(Money.of("1.00", "EUR"));
		assertThatThrownBy(() -> euro.check(Money.of("1.00", "USD"))).isInstanceOf(WrongCurrency.class)
			.hasMessage("Amounts must be in EUR, not USD.");
	}

	@Test
	void theSystemCurrencyMustBeAnIsoCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SystemCurrency("XYZ"));
	}

}
