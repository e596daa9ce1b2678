package com.photostore.adapters.aws.testing;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts the items DynamoDB read for a client, as its answers report them: the {@code ScannedCount} of
 * queries and scans, and every item returned by single and batch reads.
 */
public final class ItemReadCounter implements ExecutionInterceptor {
    private final AtomicLong read = new AtomicLong();

    @Override
    public void afterUnmarshalling(Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
        if (context.response() instanceof QueryResponse query) {
            read.addAndGet(query.scannedCount());
        } else if (context.response() instanceof ScanResponse scan) {
            read.addAndGet(scan.scannedCount());
        } else if (context.response() instanceof GetItemResponse get) {
            read.addAndGet(get.hasItem() && !get.item().isEmpty() ? 1 : 0);
        } else if (context.response() instanceof BatchGetItemResponse batch) {
            batch.responses().values().forEach(items -> read.addAndGet(items.size()));
        }
    }

    /** Items read since the last reset. */
    public long read() {
        return read.get();
    }

    public void reset() {
        read.set(0);
    }
}
