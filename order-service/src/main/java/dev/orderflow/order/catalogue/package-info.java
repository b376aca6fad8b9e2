/**
 * The product catalogue: what can be ordered, at which price. Flat CRUD, so no deeper
 * layers: products, their repository and one application service.
 */
package dev.orderflow.order.catalogue;
