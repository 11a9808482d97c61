/** The signed-in session kept between commands, stored readable by its owner only. */
package io.ordo.cli.session;
