/**
 * JMH benchmarks with fixed seeds. Build and run with {@code ./mvnw -q -pl psro4j-bench -am package
 * -DskipTests && java -jar psro4j-bench/target/benchmarks.jar NAME -f 1 -wi 2 -i 3}.
 */
package org.psro4j.bench;
