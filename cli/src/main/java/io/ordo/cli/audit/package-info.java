/** {@code ordo audit ...}: the append-only log of what staff and admins changed. */
package io.ordo.cli.audit;
