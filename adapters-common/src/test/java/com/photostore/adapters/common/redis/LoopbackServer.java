package com.photostore.adapters.common.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** A TCP server on the loopback address that serves every connection it accepts on a daemon thread of its own. */
abstract class LoopbackServer implements AutoCloseable {
    private final ServerSocket listener;
    private final String name;
    private final List<Socket> sockets = new ArrayList<>();

    LoopbackServer(String name) {
        this.name = name;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts accepting; subclasses call it last in their constructor, once what {@link #serve} needs is set. */
    final void start() {
        daemon(this::acceptForever, name);
    }

    final int port() {
        return listener.getLocalPort();
    }

    /** The {@code redis://} URI of this server. */
    final String uri() {
        return "redis://127.0.0.1:" + port();
    }

    /** Talks to one accepted client until either side closes; runs on the connection's own thread. */
    abstract void serve(Socket client) throws IOException;

    /** Closes this socket together with the server. */
    final Socket closedWithServer(Socket socket) {
        synchronized (sockets) {
            sockets.add(socket);
        }
        return socket;
    }

    static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void acceptForever() {
        try {
            while (!listener.isClosed()) {
                Socket client = closedWithServer(listener.accept());
                daemon(() -> serveQuietly(client), name + "-connection");
            }
        } catch (IOException closed) {
            Thread.currentThread().interrupt();
        }
    }

    private void serveQuietly(Socket client) {
        try {
            serve(client);
        } catch (IOException closed) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
