/** HTTP adapters of orders: placing, reading and cancelling. */
package dev.orderflow.order.order.web;
