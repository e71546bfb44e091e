/** Terminal progress bars with an ETA. */
package org.psro4j.cli.progress;
