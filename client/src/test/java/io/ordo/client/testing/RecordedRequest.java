package io.ordo.client.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a client sent to the {@link StubServer}. Header names are lower case. */
public record RecordedRequest(
        String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst();
    }

    /** The decoded query parameters, in the order sent. */
    public Map<String, String> query() {
        return decodeForm(rawQuery);
    }

    /** The decoded fields of an application/x-www-form-urlencoded body. */
    public Map<String, String> form() {
        return decodeForm(body);
    }

    private static Map<String, String> decodeForm(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            fields.put(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
        }
        return fields;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
