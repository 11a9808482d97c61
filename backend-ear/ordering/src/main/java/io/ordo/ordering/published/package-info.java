/** Ordering's published language: the events it announces. */
package io.ordo.ordering.published;
