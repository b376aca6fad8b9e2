/** Domain failures of notification-service as problem+json. */
package dev.orderflow.notification.web;
