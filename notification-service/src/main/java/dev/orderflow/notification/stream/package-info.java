/**
 * Live notifications: every replica hears of every new notification (PostgreSQL
 * LISTEN/NOTIFY) and streams each user's own to that user.
 */
package dev.orderflow.notification.stream;
