/** JMH benchmarks; each class states its input, what it measures and how to run it. */
package org.psro4j.bench;
