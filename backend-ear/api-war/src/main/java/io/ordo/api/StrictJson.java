package io.ordo.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for request and response bodies, reading only what the client evidently meant:
 * unknown properties are refused rather than ignored (a body that tries to set a server-owned
 * field such as status, prices or owner is a client error the client should hear about, not a
 * silent no-op); each value binds only from its own JSON type, numbers exactly
 * ({@link ScalarsFromTheirOwnJsonTypes}); and the body is parsed strictly ({@link StrictJsonParser}:
 * no duplicate names, nothing after the document, UTF-8 only, no unsafe characters in text).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.newBuilder()
            .withProvider(new StrictJsonProvider())
            .withConfig(new JsonbConfig()
                    .setProperty("jsonb.fail-on-unknown-properties", true)
                    .withDeserializers(new ScalarsFromTheirOwnJsonTypes.Strings(),
                            new ScalarsFromTheirOwnJsonTypes.Integers(), new ScalarsFromTheirOwnJsonTypes.Longs(),
                            new ScalarsFromTheirOwnJsonTypes.Booleans()))
            .build();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
