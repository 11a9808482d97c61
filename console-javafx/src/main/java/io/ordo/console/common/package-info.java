/** What the screens share: how values and failures read for the people using the console. */
package io.ordo.console.common;
