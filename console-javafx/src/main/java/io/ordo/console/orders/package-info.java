/** The orders screen: the order list with a status filter, as view and view-model. */
package io.ordo.console.orders;
