/** The {@code ordo} admin command line: its entry point and the tree of its commands. */
package io.ordo.cli;
