package dev.orderflow.order.catalogue;

import java.util.List;

/**
 * One page of the catalogue.
 *
 * @param items the products on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalItems how many products there are on all pages
 */
record ProductPage(List<Product> items, int page, int size, long totalItems) {

}
