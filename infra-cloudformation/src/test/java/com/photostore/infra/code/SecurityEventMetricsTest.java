package com.photostore.infra.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.adapters.common.logging.LoggedSecurityEvents;
import com.photostore.adapters.common.support.RequestContext;
import com.photostore.infra.ProjectFiles;
import com.photostore.infra.template.Resource;
import com.photostore.infra.template.Template;
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every kind of security event is counted by a metric filter whose terms the line the code writes contains, and a
 * reused refresh token raises an alarm to the alert topic.
 */
class SecurityEventMetricsTest {
    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"");

    private final Template template = Template.read(ProjectFiles.template());

    @Test
    void everyKindIsCountedByAFilterThatMatchesTheLineTheCodeWrites() {
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            String line = lineWrittenFor(kind);
            List<Resource> filters = template.resourcesOfType("AWS::Logs::MetricFilter").stream()
                    .filter(filter -> terms(filter).contains(kind.name()))
                    .toList();

            assertThat(filters).as("metric filters of %s", kind).isNotEmpty();
            assertThat(filters).allSatisfy(filter -> assertThat(terms(filter))
                    .allSatisfy(term -> assertThat(line).as("%s matches the line", filter.logicalId()).contains(term)));
        }
    }

    @Test
    void aReusedRefreshTokenAlarmsTheAlertTopic() {
        Resource alarm = template.resourcesOfType("AWS::CloudWatch::Alarm").stream()
                .filter(a -> "RefreshTokenReused".equals(a.properties().get("MetricName")))
                .findFirst().orElseThrow();

        assertThat(alarm.properties().get("Namespace")).isEqualTo("Photostore/Security");
        assertThat(alarm.properties().get("Threshold")).isEqualTo(1);
        assertThat(alarm.properties().get("AlarmActions")).asList().containsExactly(Map.of("Ref", "AlertTopic"));
    }

    private static List<String> terms(Resource filter) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(String.valueOf(filter.properties().get("FilterPattern")));
        while (matcher.find()) {
            terms.add(matcher.group(1));
        }
        return terms;
    }

    private static String lineWrittenFor(SecurityEventKind kind) {
        Logger logger = Logger.getLogger(LoggedSecurityEvents.LOGGER);
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            RequestContext.within("request", "203.0.113.9",
                    () -> {
                        new LoggedSecurityEvents().record(SecurityEvent.anonymous(kind, "detail"));
                        return null;
                    });
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
