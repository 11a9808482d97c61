/** RFC 4180 CSV read record by record (with the line each starts on) and written line by line, for imports and exports. */
package io.ordo.platform.csv;
