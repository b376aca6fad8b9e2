package dev.orderflow.platform.web;

import java.util.List;

/**
 * The shape of every list in the public API (docs/architecture.md): one page of items and
 * where it stands in the whole.
 *
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the page size asked for (at most 100)
 * @param totalItems how many items there are in all
 * @param <T> the view of one item
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {

}
