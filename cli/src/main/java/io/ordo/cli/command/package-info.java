/**
 * What every command shares: the base classes and common options, the environment it runs in,
 * and how failures become one-line messages and documented exit codes.
 */
package io.ordo.cli.command;
