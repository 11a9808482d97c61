/** Readiness checks for what Ordo cannot work without: the database and the broker. */
package io.ordo.platform.health;
