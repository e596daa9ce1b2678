package com.photostore.adapters.common.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** A loopback TCP proxy that holds every chunk it forwards, either way, for a fixed time: a network with latency. */
final class DelayingProxy extends LoopbackServer {
    private final String targetHost;
    private final int targetPort;
    private final long delayNanos;

    DelayingProxy(String targetHost, int targetPort, Duration oneWayDelay) {
        super("delaying-proxy");
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.delayNanos = oneWayDelay.toNanos();
        start();
    }

    @Override
    void serve(Socket client) throws IOException {
        Socket server = closedWithServer(new Socket(targetHost, targetPort));
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        daemon(() -> pumpQuietly(server, client), "delaying-proxy-down");
        pump(client, server);
    }

    private void pumpQuietly(Socket from, Socket to) {
        try {
            pump(from, to);
        } catch (IOException closed) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump(Socket from, Socket to) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            LockSupport.parkNanos(delayNanos);
            out.write(buffer, 0, read);
            out.flush();
        }
    }
}
