package dev.orderflow.order.model;

/** Why the saga rejected an order. */
public enum RejectionReason {

	/** The customer's available credit is less than the order total. */
	INSUFFICIENT_CREDIT,

	/** user-service does not know the customer. */
	USER_NOT_FOUND,

	/** The customer's account is suspended. */
	USER_SUSPENDED,

	/** No answer came within the saga deadline. */
	TIMEOUT

}
