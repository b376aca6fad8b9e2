package dev.orderflow.order.ordering;

import java.util.List;

/**
 * Items that are well-formed but cannot be ordered: a product that is not in the
 * catalogue or no longer sold, or one product on two lines. Nothing is created.
 */
class UnorderableItems extends RuntimeException {

	private final List<Problem> problems;

	public UnorderableItems(List<Problem> problems) {
		super("The order has %d item(s) that cannot be ordered.".formatted(problems.size()));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * What is wrong with one item.
	 *
	 * @param index the item's position in the request, from 0
	 * @param field the item's field at fault, e.g. {@code productId}
	 * @param message why, for the client
	 */
	public record Problem(int index, String field, String message) {

	}

}
