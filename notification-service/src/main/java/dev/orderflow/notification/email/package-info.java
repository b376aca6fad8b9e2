/**
 * Email delivery in the background: due deliveries are claimed from the database, sent
 * through the SMTP server behind a circuit breaker, and retried with exponential backoff
 * until they are SENT or FAILED. Nothing is sent inside a Kafka listener's transaction,
 * and a delivery pending at a restart is sent after it.
 */
package dev.orderflow.notification.email;
