/** Feeding the read models from live events and from the history, and reading reports from them. */
package io.ordo.reporting.application;
