package dev.orderflow.user.account;

/** Whether a user may log in and place orders. */
enum UserStatus {

	ACTIVE, SUSPENDED

}
