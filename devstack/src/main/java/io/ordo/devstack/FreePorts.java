package io.ordo.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks ports nobody listens on, so that two dev stacks (or a dev stack and the test suite) run
 * side by side. The port is released before the real server binds it: a tiny race we accept
 * for servers (Liberty, PostgreSQL) that cannot report the port they chose themselves.
 */
final class FreePorts {

    private FreePorts() {
    }

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
