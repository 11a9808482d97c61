/** Where {@code ordo} keeps its files, and the named server profiles people write there. */
package io.ordo.cli.config;
