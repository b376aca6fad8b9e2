/** Account events on {@code users.user.v1}, written to the outbox. */
package dev.orderflow.user.account.messaging;
