package dev.orderflow.order.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.orderflow.order.money.Money;

/**
 * A price as clients send it: {@code {"amount": "19.99", "currency": "EUR"}}. The amount
 * may also be a JSON number; it is read as a decimal either way, never as a double.
 */
record MoneyInput(
		@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
		@NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {

	Money toMoney() {
		return new Money(this.amount, this.currency);
	}

}
