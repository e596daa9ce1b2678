package com.photostore.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read the operator endpoints ({@code /health/ready}, {@code /metrics}), which name the backends and count
 * every request: anyone when the server listens on loopback only (then only this machine reaches it); otherwise a
 * client on this machine, or one that sends {@code Authorization: Bearer} with the operator token when one is set.
 */
public final class OperatorAccess {
    private final boolean listensOnLoopbackOnly;
    private final Optional<byte[]> token;

    private OperatorAccess(boolean listensOnLoopbackOnly, Optional<byte[]> token) {
        this.listensOnLoopbackOnly = listensOnLoopbackOnly;
        this.token = token;
    }

    /** The access of a server listening on {@code host}, with an optional operator token. */
    public static OperatorAccess of(String host, Optional<String> operatorToken) {
        return new OperatorAccess(isLoopback(host),
                operatorToken.map(value -> ("Bearer " + value).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether a client at this address, with this {@code Authorization} header (if any), may read them. */
    public boolean allows(String clientAddress, Optional<String> authorization) {
        if (listensOnLoopbackOnly || isLoopback(clientAddress)) {
            return true;
        }
        return token.isPresent() && authorization.isPresent()
                && MessageDigest.isEqual(token.get(), authorization.get().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        if (address.equals("localhost")) {
            return true;
        }
        if (!address.matches("[0-9.]+|[0-9A-Fa-f:.%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
