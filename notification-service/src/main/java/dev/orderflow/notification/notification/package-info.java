/**
 * Notifications: one per event that concerns a user, what it says, and whether it was
 * read and delivered.
 */
package dev.orderflow.notification.notification;
