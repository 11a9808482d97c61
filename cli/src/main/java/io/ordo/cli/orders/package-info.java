/** {@code ordo orders ...}: listing and inspecting orders. */
package io.ordo.cli.orders;
