/**
 * Access tokens in tests, signed like user-service's, and a stand-in for its JWKS
 * endpoint, for services that check tokens without a running user-service.
 */
package dev.orderflow.testsupport.tokens;
