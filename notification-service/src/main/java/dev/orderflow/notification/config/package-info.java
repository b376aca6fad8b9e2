/** Settings and wiring: security, topics, mail, the strict JSON decoder. */
package dev.orderflow.notification.config;
