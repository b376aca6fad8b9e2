/** HTTP adapters of the catalogue: browsing for anyone, administration for ADMINs. */
package dev.orderflow.order.catalogue.web;
