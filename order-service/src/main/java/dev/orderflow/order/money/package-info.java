/** Money and the one system currency: values shared by the catalogue and orders. */
package dev.orderflow.order.money;
