/**
 * The notification center: makes each notification once per event, keeps them, lists them
 * and marks them read.
 */
package dev.orderflow.notification.center;
