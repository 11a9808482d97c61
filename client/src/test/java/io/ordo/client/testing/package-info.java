/**
 * Test support shared with the CLI and console tests (published as this module's test-jar): a
 * local HTTP server that answers with recorded API responses and remembers what it was asked.
 */
package io.ordo.client.testing;
