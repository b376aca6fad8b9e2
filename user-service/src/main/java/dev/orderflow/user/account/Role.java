package dev.orderflow.user.account;

/** What a user may do; carried in the access token's {@code roles} claim. */
public enum Role {

	CUSTOMER, ADMIN

}
