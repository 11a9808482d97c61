package io.ordo.cli.command;

import io.ordo.cli.output.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.net.URI;

/** The options every command takes: which server (by URL or profile), and how to print the result. */
public final class CommonOptions {

    @Option(names = {"-s", "--server"}, paramLabel = "URL", converter = ServerUrl.class,
            description = "Server URL. Default: the --profile's, else $ORDO_SERVER, else $ORDO_PROFILE's, "
                    + "else the server of the current session.")
    URI server;

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME",
            description = "Use the server of profile NAME, as config.properties in the config folder "
                    + "(default: ~/.config/ordo) names it.")
    String profile;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table or json, or csv for reports (default: ${DEFAULT-VALUE}).")
    OutputFormat output;

    /** Accepts only absolute http(s) URLs, so a typo fails at once instead of as a confusing connect error. */
    static final class ServerUrl implements ITypeConverter<URI> {

        @Override
        public URI convert(String value) {
            URI uri;
            try {
                uri = URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a URL");
            }
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new TypeConversionException("'" + value + "' is not an http:// or https:// URL");
            }
            return uri;
        }
    }
}
