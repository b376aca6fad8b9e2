/**
 * What this service knows of users: their contact data (a projection of
 * {@code users.user.v1}) and their notification preferences.
 */
package dev.orderflow.notification.contact;
