/**
 * What happens to a request on its way to a service: identity headers a client sent are
 * removed, because identity comes only from the validated token.
 */
package dev.orderflow.gateway.routing;
