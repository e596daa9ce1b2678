package com.photostore.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.photostore.port.out.Settings;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Settings} does: raw values by name, typed reads with fallbacks, and errors for bad values. */
public abstract class SettingsContractTest {
    private Settings settings;

    /** The settings under test; called once before each test. */
    protected abstract Settings settings();

    /** Sets a setting in the backing store (names are fresh in every test). */
    protected abstract void define(String name, String value);

    /** How long a new setting may take to be seen (the implementation's cache lifetime, and some). */
    protected Duration refreshWithin() {
        return Duration.ofSeconds(5);
    }

    @BeforeEach
    void setUpSettings() {
        settings = settings();
    }

    @Test
    void anUnsetSettingIsEmptyAndFallsBack() {
        String name = Fresh.name("contract.");

        assertThat(settings.find(name)).isEmpty();
        assertThat(settings.number(name, 42)).isEqualTo(42);
        assertThat(settings.duration(name, Duration.ofMinutes(3))).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aDefinedSettingIsFoundAsWritten() {
        String name = Fresh.name("contract.");

        define(name, "some value, with punctuation: é/ü");

        await().atMost(refreshWithin()).until(() -> settings.find(name).isPresent());
        assertThat(settings.find(name)).contains("some value, with punctuation: é/ü");
    }

    @Test
    void numbersAndDurationsAreParsed() {
        String number = Fresh.name("contract.");
        String duration = Fresh.name("contract.");
        define(number, "52428800");
        define(duration, "PT15M");

        await().atMost(refreshWithin()).until(() -> settings.find(number).isPresent() && settings.find(duration).isPresent());
        assertThat(settings.number(number, 1)).isEqualTo(52_428_800L);
        assertThat(settings.duration(duration, Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void malformedValuesAreConfigurationErrors() {
        String name = Fresh.name("contract.");
        define(name, "fifty");

        await().atMost(refreshWithin()).until(() -> settings.find(name).isPresent());
        assertThatThrownBy(() -> settings.number(name, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name);
        assertThatThrownBy(() -> settings.duration(name, Duration.ZERO)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name);
    }
}
