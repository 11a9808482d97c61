/**
 * The reports screen: key figures beside the previous period, sales per day and product, orders
 * per status and payment outcomes, as tables and charts, each exportable as CSV.
 */
package io.ordo.console.reports;
