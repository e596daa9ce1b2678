package com.photostore.application.service;

import com.photostore.domain.session.SessionPolicy;
import com.photostore.port.out.RateLimit;
import com.photostore.port.out.fake.InMemorySettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceSettingsTest {
    private final InMemorySettings values = new InMemorySettings();
    private final ServiceSettings settings = new ServiceSettings(values);

    @Test
    void fallsBackToTheDefaults() {
        assertThat(settings.uploadMaxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(settings.uploadFormLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.uploadPendingGrace()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.accountLimit()).isEqualTo(new RateLimit(10, Duration.ofMinutes(15)));
        assertThat(settings.addressLimit()).isEqualTo(new RateLimit(100, Duration.ofMinutes(15)));
        assertThat(settings.sessionPolicy()).isEqualTo(SessionPolicy.DEFAULT);
        assertThat(settings.urlWindow()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void readsEverySettingByItsName() {
        values.set(SettingNames.UPLOAD_MAX_BYTES, " 2048 ")
                .set(SettingNames.UPLOAD_PENDING_GRACE, "PT0S")
                .set(SettingNames.LOGIN_ADDRESS_MAX_FAILURES, "7")
                .set(SettingNames.LOGIN_ADDRESS_WINDOW, "PT1H");

        assertThat(settings.uploadMaxBytes()).isEqualTo(2048);
        assertThat(settings.uploadPendingGrace()).isZero();
        assertThat(settings.addressLimit()).isEqualTo(new RateLimit(7, Duration.ofHours(1)));
    }

    @Test
    void aMalformedOrOutOfRangeValueIsAConfigurationError() {
        values.set(SettingNames.UPLOAD_MAX_BYTES, "lots").set(SettingNames.UPLOAD_FORM_LIFETIME, "PT0S")
                .set(SettingNames.UPLOAD_PENDING_GRACE, "-PT1M").set(SettingNames.LOGIN_ACCOUNT_MAX_FAILURES, "0")
                .set(SettingNames.SESSION_ABSOLUTE_LIFETIME, "PT1M").set(SettingNames.URL_SIGNING_WINDOW, "1h");

        assertThatThrownBy(settings::uploadMaxBytes).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(settings::uploadFormLifetime).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(settings::uploadPendingGrace).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(settings::accountLimit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(settings::sessionPolicy).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(settings::urlWindow).isInstanceOf(IllegalStateException.class);
    }
}
