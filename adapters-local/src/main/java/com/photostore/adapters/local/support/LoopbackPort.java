package com.photostore.adapters.local.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The loopback address the embedded servers bind to, and a port on it that nothing listens on at the moment. */
public final class LoopbackPort {
    public static final String HOST = "127.0.0.1";

    private LoopbackPort() {
    }

    /** A port free at the moment of asking. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
