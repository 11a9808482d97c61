/** {@code ordo roles}: what each role may do, as the server's API description declares it. */
package io.ordo.cli.roles;
