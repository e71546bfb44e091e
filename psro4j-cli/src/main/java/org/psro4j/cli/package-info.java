/** The {@code psro4j} command line (picocli): one class per subcommand. */
package org.psro4j.cli;
