package dev.orderflow.user.account;

/** Money in another currency than the system's. */
class WrongCurrency extends RuntimeException {

	public WrongCurrency(String given, String expected) {
		super("Amounts must be in " + expected + ", not " + given + ".");
	}

}
