package com.photostore.port.out.fake;

import com.photostore.port.out.Alerts;
import com.photostore.port.out.contract.AlertsContractTest;
import java.util.List;

/** The alerts contract, run against the in-memory fake. */
public class InMemoryAlertsContractTest extends AlertsContractTest {
    private final InMemoryAlerts alerts = new InMemoryAlerts();

    @Override
    protected Alerts alerts() {
        return alerts;
    }

    @Override
    protected List<String> deliveredMessages() {
        return alerts.raised().stream().map(InMemoryAlerts.Raised::message).toList();
    }
}
