package com.photostore.adapters.aws.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.photostore.adapters.aws.support.AwsClients;
import com.photostore.adapters.aws.testing.AwsProtocolStub;
import com.photostore.domain.error.UnavailableException;
import com.photostore.port.out.fake.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Parameter names, decryption, caching of values and absences, and failures of the SSM adapter, against the stub. */
class SsmSettingsTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock();
    private AwsProtocolStub stub;
    private SsmClient client;
    private SsmSettings settings;

    @BeforeEach
    void start() {
        stub = AwsProtocolStub.start();
        client = AwsClients.build(SsmClient.builder(), stub.clientSettings());
        settings = new SsmSettings(client, "/photostore/prod", TTL, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    @Test
    void aSettingIsTheParameterUnderThePrefixReadWithDecryption() {
        stub.putParameter("/photostore/prod/upload.maxBytes", "52428800");

        assertThat(settings.number("upload.maxBytes", 1)).isEqualTo(52_428_800L);
        assertThat(stub.requests()).singleElement().satisfies(request -> {
            assertThat(request.operation()).isEqualTo("GetParametersByPath");
            assertThat(request.body()).contains("\"Path\":\"/photostore/prod\"").contains("\"WithDecryption\":true")
                    .contains("\"Recursive\":false");
        });
    }

    @Test
    void everySettingComesWithOneRequestPerPageAndDeeperParametersAreNoSettings() {
        for (int i = 0; i < 23; i++) {
            stub.putParameter("/photostore/prod/setting." + i, Integer.toString(i));
        }
        stub.putParameter("/photostore/prod/rds/host", "db.example");
        stub.putParameter("/photostore/other", "x");

        for (int i = 0; i < 23; i++) {
            assertThat(settings.find("setting." + i)).contains(Integer.toString(i));
        }
        assertThat(settings.find("rds/host")).isEmpty();
        assertThat(settings.find("other")).isEmpty();
        assertThat(stub.count("GetParametersByPath")).isEqualTo(3);
    }

    @Test
    void anAbsentSettingIsCachedLikeAValue() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(settings.find("feature.flag")).isEmpty();
        }
        assertThat(stub.count("GetParametersByPath")).isEqualTo(1);

        stub.putParameter("/photostore/prod/feature.flag", "on");
        assertThat(settings.find("feature.flag")).isEmpty();
        clock.advance(TTL);
        assertThat(settings.find("feature.flag")).contains("on");
        assertThat(stub.count("GetParametersByPath")).isEqualTo(2);
    }

    @Test
    void theStaleValueIsServedWhileTheBackendFails() {
        stub.putParameter("/photostore/prod/session.ttl", "PT15M");
        assertThat(settings.duration("session.ttl", Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
        stub.putParameter("/photostore/prod/session.ttl", "PT30M");
        stub.failing(true);
        clock.advance(TTL);

        assertThat(settings.duration("session.ttl", Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));

        stub.failing(false);
        clock.advance(TTL);
        assertThat(settings.duration("session.ttl", Duration.ZERO)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anUnreachableEndpointIsUnavailableQuicklyOnFirstLoad() {
        stub.close();
        long started = System.nanoTime();

        assertThatThrownBy(() -> settings.find("upload.maxBytes"))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("/photostore/prod");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aPrefixIsAnAbsolutePathWithoutATrailingSlash() {
        assertThatThrownBy(() -> new SsmSettings(client, "photostore/prod/", TTL, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
