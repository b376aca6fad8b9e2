/**
 * Settings ({@code gateway.*} records) and the wiring that turns them into the beans of
 * the feature packages; the only package that knows about Spring configuration.
 */
package dev.orderflow.gateway.config;
