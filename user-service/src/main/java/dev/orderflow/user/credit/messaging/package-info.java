/**
 * The saga's messaging adapters: order events in, credit events out (through the outbox).
 */
package dev.orderflow.user.credit.messaging;
