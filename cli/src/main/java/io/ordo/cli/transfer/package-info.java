/** What the import and export commands share: files, formats, the progress bar and the import report. */
package io.ordo.cli.transfer;
