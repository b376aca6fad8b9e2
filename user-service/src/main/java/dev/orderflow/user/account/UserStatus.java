package dev.orderflow.user.account;

/** Whether a user may log in and place orders. */
public enum UserStatus {

	ACTIVE, SUSPENDED

}
