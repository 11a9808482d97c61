/** {@code ordo dead-letters ...}: the messages consumers kept failing on, and what admins do about them. */
package io.ordo.cli.deadletters;
