package dev.orderflow.user.account;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An administrator's change: a new credit limit, a new status, or both. */
record ChangeUserRequest(@Valid MoneyInput creditLimit, UserStatus status) {

	@AssertTrue(message = "give creditLimit, status or both")
	boolean isNotEmpty() {
		return this.creditLimit != null || this.status != null;
	}

	record MoneyInput(@NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
			@NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {

	}

}
