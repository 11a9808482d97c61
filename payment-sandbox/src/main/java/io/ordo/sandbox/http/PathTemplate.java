package io.ordo.sandbox.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A route path such as {@code /v1/payments/{id}/capture}; a {@code {name}} segment matches any one segment. */
record PathTemplate(List<String> segments) {

    static PathTemplate parse(String template) {
        return new PathTemplate(split(template));
    }

    /** @return the values of the template's parameters if the path matches */
    Optional<Map<String, String>> match(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String segment = actual.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (segment.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(expected.substring(1, expected.length() - 1), segment);
            } else if (!expected.equals(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return List.of(trimmed.split("/", -1));
    }
}
