/**
 * The order aggregate: it changes state only through intention-named methods that check the
 * lifecycle, refuse illegal moves loudly and record each transition in the order's history.
 */
package io.ordo.ordering.domain;
