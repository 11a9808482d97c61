/** {@code ordo stock ...}: stock levels, adjustments, ledgers, reconciliation, stock import and export. */
package io.ordo.cli.stock;
