package dev.orderflow.user.credit;

import java.util.UUID;

/** A new limit lower than what approved orders already hold would break invariant I2. */
class LimitBelowReservedCredit extends RuntimeException {

	public LimitBelowReservedCredit(UUID userId) {
		super("The new limit of user " + userId + " is below the credit its approved orders already hold.");
	}

}
