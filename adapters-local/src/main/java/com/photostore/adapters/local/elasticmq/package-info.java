/**
 * ElasticMQ's queue engine in the server's JVM, without a listener: the upload queue and its dead-letter queue, asked
 * through their actors.
 */
package com.photostore.adapters.local.elasticmq;
