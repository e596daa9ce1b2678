package com.photostore.adapters.common.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** A loopback TCP server that accepts connections and never answers, like a Redis that hangs. */
final class SilentServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> accepted = new ArrayList<>();
    private final Thread acceptor;

    SilentServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptForever, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String uri() {
        return "redis://127.0.0.1:" + socket.getLocalPort();
    }

    private void acceptForever() {
        try {
            while (!socket.isClosed()) {
                Socket connection = socket.accept();
                synchronized (accepted) {
                    accepted.add(connection);
                }
            }
        } catch (IOException closed) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (accepted) {
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }
}
