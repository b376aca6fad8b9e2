/**
 * The product catalogue: what can be ordered, at which price. Flat CRUD, so no deeper
 * layers: products, their repository, one application service and its HTTP API.
 */
package dev.orderflow.order.catalogue;
