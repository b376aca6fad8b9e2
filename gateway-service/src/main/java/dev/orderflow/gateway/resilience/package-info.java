/**
 * What a client gets when a service is down, its circuit is open or it is too slow: a
 * problem response instead of a hanging or dropped connection.
 */
package dev.orderflow.gateway.resilience;
