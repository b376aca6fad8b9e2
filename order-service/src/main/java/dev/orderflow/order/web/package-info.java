/**
 * Maps this service's domain exceptions, and unreadable request bodies, to problem+json.
 */
package dev.orderflow.order.web;
