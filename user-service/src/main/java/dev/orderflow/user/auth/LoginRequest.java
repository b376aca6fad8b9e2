package dev.orderflow.user.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A login.
 *
 * @param email the account's email
 * @param password its password
 * @param deviceToken optional: the {@code deviceToken} of an earlier login from this
 * client, so that failures count against this device only (ADR 0018)
 */
record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
		@Size(max = 128) String deviceToken) {

}
