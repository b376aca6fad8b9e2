/**
 * Background work every service repeats while it runs (the outbox relay, the
 * housekeeping, the email dispatcher, the saga's deadline job): a package of its own, so
 * that a domain job can use it without depending on messaging.
 */
package dev.orderflow.platform.background;
