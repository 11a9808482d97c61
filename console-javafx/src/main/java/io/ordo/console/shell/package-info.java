/** The frame once signed in: navigation between the sections the roles allow, and signing out. */
package io.ordo.console.shell;
