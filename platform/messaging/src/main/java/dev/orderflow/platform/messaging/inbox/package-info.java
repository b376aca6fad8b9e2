/**
 * The idempotent consumer: an event takes effect once, however often Kafka delivers it.
 */
package dev.orderflow.platform.messaging.inbox;
