/** {@code ordo keys ...}: the keys that sign the server's tokens. */
package io.ordo.cli.keys;
