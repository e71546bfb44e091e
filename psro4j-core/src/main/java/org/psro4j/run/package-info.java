/** Run bookkeeping shared by every driver: atomic files and deterministic seed splitting. */
package org.psro4j.run;
