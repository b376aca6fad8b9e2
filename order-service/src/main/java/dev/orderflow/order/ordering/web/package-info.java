/** HTTP adapters of ordering: placing, reading and cancelling, and their problems. */
package dev.orderflow.order.ordering.web;
