package dev.orderflow.order.ordering;

import java.util.List;

import dev.orderflow.order.model.Order;

/**
 * One page of a customer's orders, newest first.
 *
 * @param items the orders on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalItems how many orders match on all pages
 */
record OrderPage(List<Order> items, int page, int size, long totalItems) {

	public OrderPage {
		items = List.copyOf(items);
	}

}
