/** Rendering results for people (tables that fit 80 columns) and for scripts (stable JSON). */
package io.ordo.cli.output;
