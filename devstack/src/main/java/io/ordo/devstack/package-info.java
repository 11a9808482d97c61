/**
 * Starts Ordo on embedded defaults — PostgreSQL, an Artemis broker speaking AMQP 1.0, the payment
 * gateway sandbox and the Liberty server — for the run command ({@link io.ordo.devstack.Main}) and
 * for the integration tests, which use the same pieces through {@link io.ordo.devstack.DevStack}.
 */
package io.ordo.devstack;
