package com.photostore.adapters.common.redis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/** A loopback TCP server that accepts connections and never answers, like a Redis that hangs; it keeps what it was sent. */
final class SilentServer extends LoopbackServer {
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    SilentServer() {
        super("silent-server");
        start();
    }

    /** Every byte the clients have sent so far. */
    byte[] received() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    @Override
    void serve(Socket client) throws IOException {
        byte[] buffer = new byte[1024];
        InputStream in = client.getInputStream();
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            synchronized (received) {
                received.write(buffer, 0, read);
            }
        }
    }
}
