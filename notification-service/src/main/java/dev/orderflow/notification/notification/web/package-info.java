/** Notifications over HTTP: the list, marking read, the live SSE stream, preferences. */
package dev.orderflow.notification.notification.web;
