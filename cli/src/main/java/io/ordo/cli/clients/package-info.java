/** {@code ordo clients ...}: the storefront clients (web shops' servers), managed by admins. */
package io.ordo.cli.clients;
