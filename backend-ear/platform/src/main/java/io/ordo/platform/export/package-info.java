/** Exports of whole tables as CSV or JSON, streamed page by page (keyset) rather than read into memory at once. */
package io.ordo.platform.export;
