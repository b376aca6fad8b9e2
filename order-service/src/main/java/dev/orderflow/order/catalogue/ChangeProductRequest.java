package dev.orderflow.order.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator's change: any of name, price and active; the SKU never changes. */
record ChangeProductRequest(
		@Pattern(regexp = "(?s).*\\S.*",
				message = "must not be blank") @Size(max = Product.NAME_MAX_LENGTH) String name,
		@Valid MoneyInput price, Boolean active) {

	@AssertTrue(message = "give name, price, active or any of them together")
	boolean isNotEmpty() {
		return this.name != null || this.price != null || this.active != null;
	}

	ProductChange toChange() {
		return new ProductChange(this.name, (this.price != null) ? this.price.toMoney() : null, this.active);
	}

}
