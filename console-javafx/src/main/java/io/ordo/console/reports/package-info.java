/** The reports screen: sales per day and product, orders per status and payment outcomes, as tables and charts. */
package io.ordo.console.reports;
