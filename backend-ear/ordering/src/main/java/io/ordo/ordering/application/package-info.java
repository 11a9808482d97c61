/** Use cases: placing orders idempotently, driving orders through their lifecycle, reading them. */
package io.ordo.ordering.application;
