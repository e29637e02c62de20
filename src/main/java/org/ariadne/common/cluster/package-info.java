/**
 * What lets several application nodes share one database (README "Running more than one node"):
 * {@link org.ariadne.common.cluster.ClusterLock} runs a scheduled job on one node only,
 * {@link org.ariadne.common.cluster.CacheInvalidations} tells the other nodes what a node evicted from its caches, and
 * {@link org.ariadne.common.cluster.ClusterNode} names this node in the database.
 */
package org.ariadne.common.cluster;
