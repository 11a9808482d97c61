/** The staff console's JavaFX application: start-up, theme, executors and moving between screens. */
package io.ordo.console;
