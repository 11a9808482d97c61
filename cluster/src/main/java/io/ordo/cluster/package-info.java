/**
 * Several Ordo servers on one machine: a PostgreSQL primary and its streaming replica, the broker,
 * the payment sandbox, three Liberty servers and HAProxy in front, started and stopped together
 * by {@link io.ordo.cluster.LocalCluster}.
 */
package io.ordo.cluster;
