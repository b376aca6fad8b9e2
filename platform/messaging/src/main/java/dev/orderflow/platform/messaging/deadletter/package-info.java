/**
 * Poison records: bounded retries, then {@code <topic>-dlt}; listing and replay for
 * operators.
 */
package dev.orderflow.platform.messaging.deadletter;
