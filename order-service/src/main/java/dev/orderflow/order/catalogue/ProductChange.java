package dev.orderflow.order.catalogue;

import dev.orderflow.order.money.Money;

/**
 * What an administrator changes on a product; {@code null} leaves a part as it is. The
 * SKU never changes.
 *
 * @param name the new name
 * @param price the new unit price
 * @param active {@code false} to deactivate, {@code true} to reactivate
 */
record ProductChange(String name, Money price, Boolean active) {

}
