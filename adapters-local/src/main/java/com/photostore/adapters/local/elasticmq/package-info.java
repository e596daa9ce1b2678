/**
 * Embedded ElasticMQ for the local server: an SQS-compatible queue server in this JVM with the upload queue and its
 * dead-letter queue.
 */
package com.photostore.adapters.local.elasticmq;
