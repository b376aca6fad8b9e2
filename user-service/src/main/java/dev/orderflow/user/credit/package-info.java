/**
 * The credit line of every user: limit, reserved, available. The saga reserves from it.
 */
package dev.orderflow.user.credit;
