package dev.orderflow.user.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A registration. The password policy is length, as NIST SP 800-63B recommends; the upper
 * bound keeps it under BCrypt's 72-byte input.
 */
record RegisterRequest(@NotBlank @Email @Size(max = 254) String email,
		@NotNull @Size(min = 12, max = 64, message = "must be between 12 and 64 characters") String password,
		@NotBlank @Size(max = 100) String name) {

}
