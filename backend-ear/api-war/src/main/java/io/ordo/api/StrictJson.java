package io.ordo.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for request and response bodies. Unknown properties are refused rather than ignored:
 * a body that tries to set a server-owned field (status, prices, owner) is a client error the
 * client should hear about, not a silent no-op. Text fields take JSON strings only.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new StringsFromStringsOnly()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
