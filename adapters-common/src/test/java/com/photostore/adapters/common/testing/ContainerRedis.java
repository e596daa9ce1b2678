package com.photostore.adapters.common.testing;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** Redis in a Docker container, for machines that run a Docker engine. */
final class ContainerRedis implements RunningRedis {
    private static final DockerImageName IMAGE = DockerImageName.parse("redis:7.4-alpine");
    private static final int REDIS_PORT = 6379;

    private final GenericContainer<?> container;

    private ContainerRedis(GenericContainer<?> container) {
        this.container = container;
    }

    static ContainerRedis start() {
        GenericContainer<?> container = new GenericContainer<>(IMAGE)
                .withExposedPorts(REDIS_PORT)
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
        container.start();
        return new ContainerRedis(container);
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(REDIS_PORT);
    }

    @Override
    public void close() {
        container.stop();
    }
}
