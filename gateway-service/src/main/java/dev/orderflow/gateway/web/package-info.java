/**
 * HTTP concerns of every exchange: the request id and the problem body for errors that
 * gateway filters answer with an empty response.
 */
package dev.orderflow.gateway.web;
