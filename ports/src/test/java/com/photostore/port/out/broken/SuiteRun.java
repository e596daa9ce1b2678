package com.photostore.port.out.broken;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs chosen tests of a concrete contract suite through the JUnit Platform launcher (Jupiter only) and sums up the result. */
final class SuiteRun {
    private SuiteRun() {
    }

    /** Runs every test method of the suite with one of the names (all invocations of parameterised ones). */
    static TestExecutionSummary of(Class<?> suite, String... methodNames) {
        List<String> names = List.of(methodNames);
        List<Method> methods = ReflectionSupport.findMethods(suite, m -> names.contains(m.getName()),
                HierarchyTraversalMode.TOP_DOWN);
        if (methods.size() != names.size()) {
            throw new IllegalArgumentException("the suite lacks one of the tests " + names);
        }
        List<DiscoverySelector> selectors = methods.stream().<DiscoverySelector>map(m -> selectMethod(suite, m)).toList();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                .filters(EngineFilter.includeEngines("junit-jupiter")).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }
}
