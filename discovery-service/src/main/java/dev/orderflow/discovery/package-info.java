/**
 * The Eureka registry where every service registers and the gateway resolves
 * {@code lb://}.
 */
package dev.orderflow.discovery;
