/**
 * The credit line of every user: limit, reserved, available. The saga reserves from it:
 * the order events listener and the credit events outbox writer live here too.
 */
package dev.orderflow.user.credit;
