package dev.orderflow.order.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A product to add. */
record NewProductRequest(
		@NotNull @Pattern(regexp = Product.SKU_PATTERN,
				message = "must be 3 to 32 upper-case letters, digits or dashes") String sku,
		@NotBlank @Size(max = Product.NAME_MAX_LENGTH) String name, @NotNull @Valid MoneyInput price) {

}
