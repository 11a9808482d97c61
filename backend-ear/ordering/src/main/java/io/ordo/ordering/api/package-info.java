/** REST resources of orders: they translate HTTP to application calls and nothing more. */
package io.ordo.ordering.api;
