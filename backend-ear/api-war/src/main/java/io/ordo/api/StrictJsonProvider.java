package io.ordo.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON-P implementation the server provides, with every parser made a {@link StrictJsonParser}
 * and bytes decoded strictly (a malformed sequence is an error, not U+FFFD). JSON-B reads request
 * bodies through it ({@link StrictJson}); everything else is the server's own.
 */
final class StrictJsonProvider extends JsonProvider {

    private final JsonProvider json = JsonProvider.provider();

    @Override
    public JsonParser createParser(Reader reader) {
        return new StrictJsonParser(json.createParser(reader), json);
    }

    @Override
    public JsonParser createParser(InputStream in) {
        return createParser(strictlyDecoded(in, StandardCharsets.UTF_8));
    }

    @Override
    public JsonParserFactory createParserFactory(Map<String, ?> config) {
        JsonParserFactory parsers = json.createParserFactory(config);
        return new JsonParserFactory() {
            @Override
            public JsonParser createParser(Reader reader) {
                return new StrictJsonParser(parsers.createParser(reader), json);
            }

            @Override
            public JsonParser createParser(InputStream in) {
                return createParser(in, StandardCharsets.UTF_8);
            }

            @Override
            public JsonParser createParser(InputStream in, Charset charset) {
                return createParser(strictlyDecoded(in, charset));
            }

            @Override
            public JsonParser createParser(jakarta.json.JsonObject obj) {
                return parsers.createParser(obj);
            }

            @Override
            public JsonParser createParser(jakarta.json.JsonArray array) {
                return parsers.createParser(array);
            }

            @Override
            public Map<String, ?> getConfigInUse() {
                return parsers.getConfigInUse();
            }
        };
    }

    private static Reader strictlyDecoded(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public JsonGenerator createGenerator(Writer writer) {
        return json.createGenerator(writer);
    }

    @Override
    public JsonGenerator createGenerator(OutputStream out) {
        return json.createGenerator(out);
    }

    @Override
    public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        return json.createGeneratorFactory(config);
    }

    @Override
    public JsonReader createReader(Reader reader) {
        return json.createReader(reader);
    }

    @Override
    public JsonReader createReader(InputStream in) {
        return json.createReader(in);
    }

    @Override
    public JsonWriter createWriter(Writer writer) {
        return json.createWriter(writer);
    }

    @Override
    public JsonWriter createWriter(OutputStream out) {
        return json.createWriter(out);
    }

    @Override
    public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return json.createWriterFactory(config);
    }

    @Override
    public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
        return json.createReaderFactory(config);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder() {
        return json.createObjectBuilder();
    }

    @Override
    public JsonArrayBuilder createArrayBuilder() {
        return json.createArrayBuilder();
    }

    @Override
    public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
        return json.createBuilderFactory(config);
    }
}
