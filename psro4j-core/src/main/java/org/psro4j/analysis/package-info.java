/** Measures of a population and its meta-strategy: diversity of behaviour, effective support. */
package org.psro4j.analysis;
