/** {@code ordo customers ...}: customers' personal data (admins only). */
package io.ordo.cli.customers;
