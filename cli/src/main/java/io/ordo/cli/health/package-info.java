/** {@code ordo health}: the server's own health report. */
package io.ordo.cli.health;
