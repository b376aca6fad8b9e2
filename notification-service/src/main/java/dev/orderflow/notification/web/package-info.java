/**
 * Notifications over HTTP: the list, marking read, the live SSE stream, preferences; and
 * the domain failures as problem+json.
 */
package dev.orderflow.notification.web;
