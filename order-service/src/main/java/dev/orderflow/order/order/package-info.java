/**
 * Orders: the aggregate that owns order state and raises the saga's events. The domain
 * here is plain Java; persistence, HTTP and messaging adapters come next to it.
 */
package dev.orderflow.order.order;
