/**
 * The transactional outbox: events written with the state change, published by a relay.
 */
package dev.orderflow.platform.messaging.outbox;
