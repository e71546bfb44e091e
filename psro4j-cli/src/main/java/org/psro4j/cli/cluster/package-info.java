/**
 * {@code psro4j cluster manager} and {@code psro4j cluster worker}: Pipeline PSRO (McAleer et al.
 * 2020) across processes and machines on Apache Pekko Cluster (module psro4j-cluster).
 */
package org.psro4j.cli.cluster;
