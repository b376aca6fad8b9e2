/**
 * Per caller rate limits: the key (token subject, else client address) and the token
 * bucket stores (in memory, or Redis when several gateway replicas share the limits).
 */
package dev.orderflow.gateway.ratelimit;
