/**
 * The events notifications are made of: order outcomes from {@code orders.order.v1} and
 * users from {@code users.user.v1}.
 */
package dev.orderflow.notification.messaging;
