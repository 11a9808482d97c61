/**
 * {@code ordo reports ...}: the reports for staff and admins as tables, JSON or the server's CSV,
 * each with how fresh it is, and the rebuild of their read models.
 */
package io.ordo.cli.reports;
