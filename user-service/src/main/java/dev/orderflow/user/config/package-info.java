/** Configuration properties and wiring: keys, tokens, security, credit defaults. */
package dev.orderflow.user.config;
