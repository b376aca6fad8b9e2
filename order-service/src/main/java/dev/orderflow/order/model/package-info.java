/**
 * The order aggregate and its values: it guards its own transitions and raises the saga's
 * events. Plain Java: no Spring, no Reactor, no persistence, no messaging.
 */
package dev.orderflow.order.model;
