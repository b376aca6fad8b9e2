/** HTTP adapters of authentication: login, refresh, logout and the JWKS. */
package dev.orderflow.user.auth.web;
