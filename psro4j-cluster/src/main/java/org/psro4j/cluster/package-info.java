/**
 * Pipeline PSRO (McAleer et al., NeurIPS 2020) across machines on Apache Pekko Cluster: the manager
 * is a cluster singleton, workers and evaluators run on any member that proves it holds the run's
 * shared secret and, off loopback, the run's TLS credentials (mutual TLS); messages travel as JSON
 * (never Java serialization), weight blobs over Artery's large-message channel.
 */
package org.psro4j.cluster;
