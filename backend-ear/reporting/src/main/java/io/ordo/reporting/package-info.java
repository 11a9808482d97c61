/**
 * Reporting: read models kept up to date only by the events of the other contexts, answering
 * reports without ever reading ordering's, inventory's or payments' tables.
 */
package io.ordo.reporting;
