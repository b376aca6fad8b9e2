package dev.orderflow.order.order;

import java.util.List;

/**
 * One page of a customer's orders, newest first.
 *
 * @param items the orders on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalItems how many orders match on all pages
 */
public record OrderPage(List<Order> items, int page, int size, long totalItems) {

	public OrderPage {
		items = List.copyOf(items);
	}

}
