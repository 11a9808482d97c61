/** {@code ordo users ...}: the staff and admin accounts, managed by admins. */
package io.ordo.cli.users;
