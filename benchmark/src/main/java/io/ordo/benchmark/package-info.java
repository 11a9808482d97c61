/**
 * Benchmarks run on demand against the whole dev stack: each starts the stack, loads it, measures
 * with wrk and writes a report; figures are compared within one run, never against fixed numbers.
 */
package io.ordo.benchmark;
