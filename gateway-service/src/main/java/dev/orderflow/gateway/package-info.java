/**
 * The gateway: routes public traffic to the services found in Eureka and applies the edge
 * policies (token validation, rate limits, circuit breakers, request ids) on the way.
 */
package dev.orderflow.gateway;
