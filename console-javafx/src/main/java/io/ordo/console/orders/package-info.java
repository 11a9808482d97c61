/** The order board: live list of orders with filters, sorting, keyset paging and status badges, as view and view-model. */
package io.ordo.console.orders;
