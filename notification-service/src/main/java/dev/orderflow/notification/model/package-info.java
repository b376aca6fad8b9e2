/**
 * What a notification is and says: one per event that concerns a user, its words, and the
 * state of its deliveries. Plain Java: no Spring, no persistence, no messaging.
 */
package dev.orderflow.notification.model;
