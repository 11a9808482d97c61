/**
 * The small shared plumbing every bounded context builds on: money, the event envelope,
 * the transactional outbox and the inbox, problem+json errors, roles and start-up migrations.
 * Nothing here knows about orders, stock or payments.
 */
package io.ordo.platform;
