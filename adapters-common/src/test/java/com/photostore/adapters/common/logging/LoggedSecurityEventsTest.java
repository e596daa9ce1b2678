package com.photostore.adapters.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.photostore.adapters.common.support.RequestContext;
import com.photostore.domain.user.UserId;
import com.photostore.port.out.SecurityEvent;
import com.photostore.port.out.SecurityEventKind;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each security event and alert is one parseable JSON line naming the request, and events are counted per kind. */
class LoggedSecurityEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Logger logger = Logger.getLogger(LoggedSecurityEvents.LOGGER);
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void anEventDuringARequestIsOneJsonLineWithTheRequestAndTheClientAndIsCounted() throws Exception {
        LoggedSecurityEvents events = new LoggedSecurityEvents();
        UserId user = UserId.parse("6f1f6a52-8f7e-4c43-9f0c-1f2a3b4c5d6e");

        RequestContext.within("req-1", "127.0.0.2", () -> {
            events.record(SecurityEvent.of(SecurityEventKind.REVOKED_TOKEN_USED, user, "session \"x\"\nforged"));
            return null;
        });

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).doesNotContain("\n");
        });
        JsonNode line = JSON.readTree(records.get(0).getMessage());
        assertThat(line.get("securityEvent").asText()).isEqualTo("REVOKED_TOKEN_USED");
        assertThat(line.get("userId").asText()).isEqualTo(user.toString());
        assertThat(line.get("clientAddress").asText()).isEqualTo("127.0.0.2");
        assertThat(line.get("requestId").asText()).isEqualTo("req-1");
        assertThat(line.get("detail").asText()).isEqualTo("session \"x\"\nforged");
        assertThat(events.count(SecurityEventKind.REVOKED_TOKEN_USED)).isEqualTo(1);
        assertThat(events.count(SecurityEventKind.LOG_IN_FAILED)).isZero();
    }

    @Test
    void anEventOutsideARequestNamesNoRequestAndAnUnknownAccountNoUser() throws Exception {
        new LoggedSecurityEvents().record(SecurityEvent.anonymous(SecurityEventKind.UPLOAD_REJECTED, "not an image"));

        JsonNode line = JSON.readTree(records.get(0).getMessage());
        assertThat(line.has("requestId")).isFalse();
        assertThat(line.has("userId")).isFalse();
        assertThat(line.get("securityEvent").asText()).isEqualTo("UPLOAD_REJECTED");
    }

    @Test
    void anAlertIsOneJsonLineAtErrorLevel() throws Exception {
        new LoggedAlerts().raise("Photostore: refresh token reused", "user u, session s revoked");

        assertThat(records).singleElement().satisfies(record -> assertThat(record.getLevel()).isEqualTo(Level.SEVERE));
        JsonNode line = JSON.readTree(records.get(0).getMessage());
        assertThat(line.get("alert").asText()).isEqualTo("Photostore: refresh token reused");
        assertThat(line.get("message").asText()).isEqualTo("user u, session s revoked");
    }
}
