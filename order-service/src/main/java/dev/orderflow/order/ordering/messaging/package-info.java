/**
 * The saga's messaging adapters: credit events in (through the inbox), order events out
 * (through the outbox), mapped to the records of the contracts.
 */
package dev.orderflow.order.ordering.messaging;
