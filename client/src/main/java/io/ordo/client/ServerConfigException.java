package io.ordo.client;

/** A {@link ServerConfig} that cannot work: a URL that is not http(s), an unreadable trust store. */
public class ServerConfigException extends IllegalArgumentException {

    public ServerConfigException(String message) {
        super(message);
    }

    public ServerConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
