/** {@code ordo products ...}: the catalogue. */
package io.ordo.cli.products;
