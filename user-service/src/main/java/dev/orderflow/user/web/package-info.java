/** Maps this service's domain exceptions to problem+json responses. */
package dev.orderflow.user.web;
