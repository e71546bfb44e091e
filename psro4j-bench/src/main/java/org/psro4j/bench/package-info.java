/**
 * JMH benchmarks with fixed seeds; each class states its input, what it measures and how to run it.
 * Build with {@code ./mvnw -q -pl psro4j-bench -am package -DskipTests}, run with {@code java -jar
 * psro4j-bench/target/benchmarks.jar NAME -f 1 -wi 2 -i 3}.
 */
package org.psro4j.bench;
