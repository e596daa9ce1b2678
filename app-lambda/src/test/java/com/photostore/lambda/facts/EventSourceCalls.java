package com.photostore.lambda.facts;

import com.photostore.lambda.LambdaFunction;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records the calls an SQS event source mapping makes with its function's role (reading, deleting, describing the
 * queue) as that function's, on the queue it reads.
 */
public final class EventSourceCalls implements ExecutionInterceptor {
    private final LambdaFunction function;

    public EventSourceCalls(LambdaFunction function) {
        this.function = function;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        FunctionFacts.recordCall(function, attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), FunctionFacts.EVENT_SOURCE);
    }
}
