/** File writing that survives {@code kill -9}: temp file, force, atomic rename. */
package org.psro4j.io;
