/** The stuck orders screen: orders too long in a state, judged by thresholds per state, the most urgent first. */
package io.ordo.console.stuck;
