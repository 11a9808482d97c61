/** Brings the database schema up to date with Flyway before anything else starts. */
package io.ordo.platform.migration;
