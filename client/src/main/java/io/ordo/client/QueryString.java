package io.ordo.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds a URL query of encoded parameters, leaving out the ones that are not set. */
final class QueryString {

    private final StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");

    QueryString add(String name, Object value) {
        if (value != null) {
            parameters.add(encode(name) + "=" + encode(value.toString()));
        }
        return this;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return parameters.toString();
    }
}
