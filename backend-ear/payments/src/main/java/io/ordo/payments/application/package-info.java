/** Use cases: charging a reserved order, and settling payments whose outcome is unknown. */
package io.ordo.payments.application;
