package com.partsbridge.web.api.catalog;

import com.partsbridge.catalog.fitment.boundary.FittingPart;
import com.partsbridge.catalog.part.boundary.KitView;
import com.partsbridge.catalog.part.boundary.PartView;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes the fit lookup's answer, full or compact, as the same JSON that JSON-B writes for {@link FittingPart}
 * and {@link CompactFit} (members in lexicographic order, nulls left out; {@code FitAnswerJsonTest} holds the
 * two byte for byte), straight to a JSON-P generator. A profile of the lookup at 64 connections showed JSON-B
 * at a fifth of each request, most of it in Yasson's cycle check, which hashes every record it enters (and a
 * record's hash walks all its members, so each part was hashed again at every level above it).
 */
final class FitAnswerJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private FitAnswerJson() {}

    /** The answer as JSON-B would write the list of {@link FittingPart}s, or with {@code compact} of {@link CompactFit}s. */
    static byte[] of(List<FittingPart> parts, boolean compact) {
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(compact ? 200 * parts.size() + 2 : 400 * parts.size() + 2);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartArray();
            for (FittingPart fit : parts) {
                if (compact) {
                    write(json, CompactFit.of(fit));
                } else {
                    write(json, fit);
                }
            }
            json.writeEnd();
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator json, FittingPart fit) {
        write(json, fit.available(), fit.chain(), fit.kit(), fit.listed(), fit.position(), fit.toShip());
    }

    private static void write(JsonGenerator json, CompactFit fit) {
        write(json, fit.available(), fit.chain(), fit.kit(), fit.listed(), fit.position(), fit.toShip());
    }

    /** The members of both answers, in JSON-B's order (lexicographic), nulls left out. */
    private static void write(
            JsonGenerator json,
            boolean available,
            List<String> chain,
            KitView kit,
            PartView listed,
            String position,
            PartView toShip) {
        json.writeStartObject();
        json.write("available", available);
        chain(json, chain);
        kit(json, "kit", kit);
        part(json, "listed", listed);
        string(json, "position", position);
        part(json, "toShip", toShip);
        json.writeEnd();
    }

    private static void chain(JsonGenerator json, List<String> chain) {
        if (chain == null) {
            return;
        }
        json.writeStartArray("chain");
        for (String number : chain) {
            if (number == null) {
                json.writeNull();
            } else {
                json.write(number);
            }
        }
        json.writeEnd();
    }

    private static void part(JsonGenerator json, String name, PartView p) {
        if (p == null) {
            return;
        }
        json.writeStartObject(name);
        string(json, "currency", p.currency());
        string(json, "description", p.description());
        if (p.interchangeability() != null) {
            json.write("interchangeability", p.interchangeability().name());
        }
        if (p.lifecycle() != null) {
            json.write("lifecycle", p.lifecycle().name());
        }
        if (p.listPrice() != null) {
            json.write("listPrice", p.listPrice());
        }
        json.write("orderable", p.orderable());
        string(json, "partNumber", p.partNumber());
        json.write("stockOnHand", p.stockOnHand());
        string(json, "supersededBy", p.supersededBy());
        kit(json, "supersededByKit", p.supersededByKit());
        json.writeEnd();
    }

    private static void kit(JsonGenerator json, String name, KitView kit) {
        if (kit == null) {
            return;
        }
        json.writeStartObject(name);
        string(json, "currency", kit.currency());
        string(json, "label", kit.label());
        if (kit.listPrice() != null) {
            json.write("listPrice", kit.listPrice());
        }
        json.writeStartArray("members");
        for (KitView.Member m : kit.members()) {
            json.writeStartObject();
            string(json, "description", m.description());
            if (m.lifecycle() != null) {
                json.write("lifecycle", m.lifecycle().name());
            }
            if (m.listPrice() != null) {
                json.write("listPrice", m.listPrice());
            }
            json.write("orderable", m.orderable());
            string(json, "partNumber", m.partNumber());
            json.write("quantity", m.quantity());
            json.write("stockOnHand", m.stockOnHand());
            json.writeEnd();
        }
        json.writeEnd();
        json.write("orderable", kit.orderable());
        json.write("stockOnHand", kit.stockOnHand());
        json.writeEnd();
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}
