/** The payment of an order, its states, and the gateway it is charged through (a port). */
package io.ordo.payments.domain;
