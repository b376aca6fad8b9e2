/** Configuration properties and wiring: security, HTTP codecs, the system currency. */
package dev.orderflow.order.config;
