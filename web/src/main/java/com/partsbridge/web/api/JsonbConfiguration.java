package com.partsbridge.web.api;

import com.partsbridge.web.api.body.StrictJsonb;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One shared JSON-B instance for the API. Without a resolver, RESTEasy builds a new Jsonb for each response
 * (a service-loader lookup and a cold Yasson class model every time): a profile of the fit lookup showed
 * that as its largest single cost. It binds request bodies strictly: a fraction or an overflow in a whole-number
 * member, or a member of the wrong type, is a 400 naming the member (see {@link StrictJsonb}).
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = StrictJsonb.create(new JsonbConfig());

    /** The same instance, for code that writes JSON itself (e.g. to tag an answer with its hash). */
    public static Jsonb shared() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
