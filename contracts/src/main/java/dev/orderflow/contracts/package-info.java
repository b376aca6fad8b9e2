/**
 * The event contract: one JSON Schema per event type per topic under
 * {@code classpath:contracts/<topic>/<type>.schema.json}. Producers validate what they
 * emit and consumers validate their fixtures against it; no Java event classes are
 * shared.
 */
package dev.orderflow.contracts;
