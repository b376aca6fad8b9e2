/**
 * Access token validation at the edge: which endpoints are public and what makes a token
 * acceptable (signature, expiry, issuer, audience).
 */
package dev.orderflow.gateway.security;
