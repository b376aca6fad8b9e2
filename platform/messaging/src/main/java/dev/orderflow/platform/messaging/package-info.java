/**
 * Messaging infrastructure shared by the services, with no domain events in it:
 * transactional outbox and its relay, idempotent consumer (inbox), dead letters and their
 * replay, CloudEvents headers. Each service owns the records of the events it publishes
 * and consumes; {@code contracts/} holds their JSON Schemas.
 */
package dev.orderflow.platform.messaging;
