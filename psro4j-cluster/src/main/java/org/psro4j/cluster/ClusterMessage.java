package org.psro4j.cluster;

/**
 * Marks a message that may cross members: a record that {@link JsonSerializer} writes as JSON. Any
 * other type sent to a remote member fails (Java serialization is switched off).
 */
public interface ClusterMessage {}
