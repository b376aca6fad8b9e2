package dev.orderflow.notification.notification.web;

import java.util.List;

/** The list shape of DESIGN.md: {@code {items, page, size, totalItems}}. */
record PageView<T>(List<T> items, int page, int size, long totalItems) {

}
