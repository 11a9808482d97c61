package io.ordo.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every setting the server reads, found where it is read: server.xml variables (declared or
 * referenced) and the container's configDropins, the application's
 * microprofile-config.properties (keys and the properties their values refer to), and the names
 * in {@code @ConfigProperty}, {@code getValue}/{@code getOptionalValue} and {@code @BodyLimit}
 * in the backend's main sources. Each is mapped to the file that reads it.
 */
final class ConfiguredSettings {

    static final String SERVER_XML = "liberty/src/main/liberty/config/server.xml";
    static final String CONTAINER_DROPIN = "deploy/container/config/configDropins/defaults/ordo-container.xml";
    static final String MP_CONFIG = "backend-ear/api-war/src/main/resources/META-INF/microprofile-config.properties";

    /** Liberty's own location variables, not settings of Ordo. */
    private static final Set<String> LIBERTY_BUILT_INS = Set.of(
            "server.config.dir", "server.output.dir", "shared.resource.dir", "shared.config.dir",
            "shared.app.dir", "wlp.install.dir", "wlp.user.dir", "server.name", "wlp.server.name");

    private static final Pattern VARIABLE = Pattern.compile("<variable\\s+name=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern PROPERTY_KEY = Pattern.compile("^([A-Za-z0-9_.\\-/]+)\\s*=", Pattern.MULTILINE);
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*([^,)]+)");
    private static final Pattern BODY_LIMIT = Pattern.compile("@BodyLimit\\(\\s*property\\s*=\\s*([^,)]+)");
    private static final Pattern LOOKUP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"([^\"]+)\"");
    private static final Pattern STRING_CONSTANT = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"");

    private ConfiguredSettings() {
    }

    /** Setting name to where it is read (a repository-relative path). */
    static Map<String, String> all() {
        Map<String, String> settings = new TreeMap<>();
        fromServerXml(SERVER_XML, settings);
        fromServerXml(CONTAINER_DROPIN, settings);
        fromMicroProfileConfig(settings);
        fromJavaSources(settings);
        return settings;
    }

    private static void fromServerXml(String path, Map<String, String> settings) {
        String xml = Repository.read(path).replaceAll("(?s)<!--.*?-->", "");
        for (Pattern pattern : new Pattern[] {VARIABLE, REFERENCE}) {
            Matcher matcher = pattern.matcher(xml);
            while (matcher.find()) {
                String name = matcher.group(1);
                if (!LIBERTY_BUILT_INS.contains(name)) {
                    settings.putIfAbsent(name, path);
                }
            }
        }
    }

    private static void fromMicroProfileConfig(Map<String, String> settings) {
        String properties = Repository.read(MP_CONFIG).replaceAll("(?m)^\\s*#.*$", "");
        Matcher key = PROPERTY_KEY.matcher(properties);
        while (key.find()) {
            settings.putIfAbsent(key.group(1), MP_CONFIG);
        }
        Matcher reference = REFERENCE.matcher(properties);
        while (reference.find()) {
            settings.putIfAbsent(reference.group(1), MP_CONFIG);
        }
    }

    private static void fromJavaSources(Map<String, String> settings) {
        Map<String, String> sources = javaSources();
        Map<String, String> constants = new TreeMap<>();
        sources.values().forEach(source -> {
            Matcher constant = STRING_CONSTANT.matcher(source);
            while (constant.find()) {
                constants.putIfAbsent(constant.group(1), constant.group(2));
            }
        });
        sources.forEach((path, source) -> {
            for (Pattern pattern : new Pattern[] {CONFIG_PROPERTY, BODY_LIMIT}) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    settings.putIfAbsent(resolve(matcher.group(1).trim(), constants, path), path);
                }
            }
            Matcher lookup = LOOKUP.matcher(source);
            while (lookup.find()) {
                settings.putIfAbsent(lookup.group(1), path);
            }
        });
    }

    /** A string literal, or a constant ({@code NAME} or {@code Type.NAME}) defined in the sources. */
    private static String resolve(String expression, Map<String, String> constants, String path) {
        if (expression.startsWith("\"")) {
            return expression.substring(1, expression.lastIndexOf('"'));
        }
        String name = expression.substring(expression.lastIndexOf('.') + 1);
        String value = constants.get(name);
        if (value == null) {
            throw new IllegalStateException(path + ": cannot resolve the setting name " + expression);
        }
        return value;
    }

    private static Map<String, String> javaSources() {
        Path backend = Repository.file("backend-ear");
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(backend)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/main/java/"))
                    .forEach(file -> sources.put(Repository.root().relativize(file).toString(), Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    static Set<String> names() {
        return new TreeSet<>(all().keySet());
    }
}
