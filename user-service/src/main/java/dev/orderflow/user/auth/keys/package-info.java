/**
 * The RSA keys that sign access tokens, loaded from configuration and published as JWKS.
 */
package dev.orderflow.user.auth.keys;
