/** {@code psro4j ctf}: pictures of capture-the-flag episodes and learned policies' win rates. */
package org.psro4j.cli.ctf;
