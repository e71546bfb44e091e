/** {@code psro4j serve}: a local web page listing runs and drawing their curves as they grow. */
package org.psro4j.cli.serve;
