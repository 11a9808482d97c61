/** {@code ordo login} and {@code ordo logout}. */
package io.ordo.cli.auth;
