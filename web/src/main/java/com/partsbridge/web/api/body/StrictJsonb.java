package com.partsbridge.web.api.body;

import com.partsbridge.kernel.BusinessException;
import com.partsbridge.web.api.problem.Failures;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Type;

/**
 * JSON-B for request bodies: whole numbers bound exactly (see {@link StrictJsonParser}), and a body that
 * cannot be bound refused as invalid input naming the member, in words, never with Yasson's message (it
 * names Java types). A limit hit while reading (size, depth) passes through as it was thrown.
 */
public final class StrictJsonb implements Jsonb {

    private final Jsonb jsonb;

    private StrictJsonb(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    public static Jsonb create(JsonbConfig config) {
        return new StrictJsonb(JsonbBuilder.newBuilder()
                .withProvider(new StrictJsonProvider(JsonProvider.provider()))
                .withConfig(config)
                .build());
    }

    @Override
    public <T> T fromJson(String str, Class<T> type) {
        try {
            return jsonb.fromJson(str, type);
        } catch (RuntimeException e) {
            throw refused(e);
        } finally {
            StrictJsonProvider.forgetParser();
        }
    }

    @Override
    public <T> T fromJson(String str, Type runtimeType) {
        try {
            return jsonb.fromJson(str, runtimeType);
        } catch (RuntimeException e) {
            throw refused(e);
        } finally {
            StrictJsonProvider.forgetParser();
        }
    }

    @Override
    public <T> T fromJson(Reader reader, Class<T> type) {
        try {
            return jsonb.fromJson(reader, type);
        } catch (RuntimeException e) {
            throw refused(e);
        } finally {
            StrictJsonProvider.forgetParser();
        }
    }

    @Override
    public <T> T fromJson(Reader reader, Type runtimeType) {
        try {
            return jsonb.fromJson(reader, runtimeType);
        } catch (RuntimeException e) {
            throw refused(e);
        } finally {
            StrictJsonProvider.forgetParser();
        }
    }

    @Override
    public <T> T fromJson(InputStream stream, Class<T> type) {
        try {
            return jsonb.fromJson(stream, type);
        } catch (RuntimeException e) {
            throw refused(e);
        } finally {
            StrictJsonProvider.forgetParser();
        }
    }

    @Override
    public <T> T fromJson(InputStream stream, Type runtimeType) {
        try {
            return jsonb.fromJson(stream, runtimeType);
        } catch (RuntimeException e) {
            throw refused(e);
        } finally {
            StrictJsonProvider.forgetParser();
        }
    }

    /** A limit or rule thrown from inside the stream as it was; a binding failure as invalid input. */
    private static RuntimeException refused(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        if (e instanceof JsonbException || e instanceof JsonParsingException) {
            return Failures.unreadableJsonMember(e, StrictJsonProvider.lastMember());
        }
        return e;
    }

    @Override
    public String toJson(Object object) {
        return jsonb.toJson(object);
    }

    @Override
    public String toJson(Object object, Type runtimeType) {
        return jsonb.toJson(object, runtimeType);
    }

    @Override
    public void toJson(Object object, Writer writer) {
        jsonb.toJson(object, writer);
    }

    @Override
    public void toJson(Object object, Type runtimeType, Writer writer) {
        jsonb.toJson(object, runtimeType, writer);
    }

    @Override
    public void toJson(Object object, OutputStream stream) {
        jsonb.toJson(object, stream);
    }

    @Override
    public void toJson(Object object, Type runtimeType, OutputStream stream) {
        jsonb.toJson(object, runtimeType, stream);
    }

    @Override
    public void close() throws Exception {
        jsonb.close();
    }
}
