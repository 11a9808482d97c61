/** The admin REST resource for dead letters, under {@code /api/v1/admin/dead-letters}. */
package io.ordo.platform.deadletter.api;
