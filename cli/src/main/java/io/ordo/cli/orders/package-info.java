/** {@code ordo orders ...}: listing, inspecting and changing orders, and the lifecycle they follow. */
package io.ordo.cli.orders;
