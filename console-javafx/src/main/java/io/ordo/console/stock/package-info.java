/** The stock screen: on hand, reserved and available per product from the stock read model, low stock highlighted. */
package io.ordo.console.stock;
