/** Security of the registry: clients and operators authenticate with HTTP Basic. */
package dev.orderflow.discovery.config;
