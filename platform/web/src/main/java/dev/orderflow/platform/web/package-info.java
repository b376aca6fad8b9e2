/**
 * RFC 9457 problem responses for every error a WebFlux service produces, including the
 * ones that never reach a controller (unknown path, malformed body, security).
 */
package dev.orderflow.platform.web;
