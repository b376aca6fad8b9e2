package dev.orderflow.order.money;

/** Money in another currency than the system's. */
public class WrongCurrency extends RuntimeException {

	public WrongCurrency(String given, String expected) {
		super("Amounts must be in " + expected + ", not " + given + ".");
	}

}
