package com.photostore.port.out.fake;

import com.photostore.port.out.Settings;
import com.photostore.port.out.contract.SettingsContractTest;

/** The settings contract, run against the in-memory fake. */
public class InMemorySettingsContractTest extends SettingsContractTest {
    private final InMemorySettings settings = new InMemorySettings();

    @Override
    protected Settings settings() {
        return settings;
    }

    @Override
    protected void define(String name, String value) {
        settings.set(name, value);
    }
}
