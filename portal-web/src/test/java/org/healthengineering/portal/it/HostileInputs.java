package org.healthengineering.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hostile-input corpus: from one valid JSON body, every way a client can get it wrong. Each field in turn
 * receives each wrong type, an oversized text, numbers beyond any sensible range, and impossible dates; the body
 * as a whole is replaced by broken, empty, mistyped and deeply nested documents (oversized bodies are tried once
 * per kind, by their own test: one filter refuses them all). Every one of them must be refused with a 4xx problem
 * document, and none may leave anything stored.
 */
final class HostileInputs {

    /** One hostile body: what was done to the valid one, and the text to send. */
    record Mutation(String description, String body) {
    }

    /** Text longer than any field of the portal accepts. */
    static final String OVERSIZED_TEXT = "A".repeat(100_000);

    private HostileInputs() {
    }

    /**
     * Every mutation of every field of {@code valid}, then of the body as a whole. Fields named in {@code codes}
     * refer to something by its code (a type, a role): they also receive a code that does not exist.
     */
    static List<Mutation> of(JsonObject valid, String... codes) {
        List<Mutation> mutations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> field : valid.entrySet()) {
            Map<String, JsonValue> wrong = replacements(field.getValue());
            if (List.of(codes).contains(field.getKey())) {
                wrong.put("an unknown code", Json.createValue("NOPE"));
            }
            for (Map.Entry<String, JsonValue> replacement : wrong.entrySet()) {
                JsonObjectBuilder body = Json.createObjectBuilder(valid);
                body.add(field.getKey(), replacement.getValue());
                mutations.add(new Mutation(field.getKey() + " = " + replacement.getKey(), body.build().toString()));
            }
        }
        mutations.addAll(wholeBodies());
        return mutations;
    }

    /** Values that are wrong for a field holding {@code value}, by what they are. */
    private static Map<String, JsonValue> replacements(JsonValue value) {
        Map<String, JsonValue> wrong = new java.util.LinkedHashMap<>();
        JsonValue object = Json.createObjectBuilder().add("x", 1).build();
        JsonArray array = Json.createArrayBuilder().add(1).build();
        switch (value.getValueType()) {
            case STRING -> {
                String text = ((jakarta.json.JsonString) value).getString();
                wrong.put("an object", object);
                wrong.put("an array", array);
                wrong.put("a boolean", JsonValue.TRUE);
                wrong.put("100,000 characters", Json.createValue(OVERSIZED_TEXT));
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    wrong.put("the year 1", Json.createValue("0001-01-01"));
                    wrong.put("30 February", Json.createValue("2026-02-30"));
                    wrong.put("a date beyond 9999", Json.createValue("+10000-01-01"));
                    wrong.put("not a date", Json.createValue("yesterday"));
                }
            }
            case NUMBER -> {
                wrong.put("text", Json.createValue("many"));
                wrong.put("an object", object);
                wrong.put("an array", array);
                wrong.put("a boolean", JsonValue.TRUE);
                wrong.put("1e30", Json.createValue(new java.math.BigDecimal("1e30")));
                wrong.put("-1e30", Json.createValue(new java.math.BigDecimal("-1e30")));
                wrong.put("2^63", Json.createValue(new java.math.BigInteger("9223372036854775808")));
                wrong.put("-5", Json.createValue(-5));
            }
            case TRUE, FALSE -> {
                wrong.put("text", Json.createValue("maybe"));
                wrong.put("a number", Json.createValue(3));
                wrong.put("an object", object);
            }
            case ARRAY -> {
                wrong.put("text", Json.createValue("many"));
                wrong.put("an object", object);
                wrong.put("an array holding an object", Json.createArrayBuilder().add(object).build());
                wrong.put("10,000 entries", Json.createArrayBuilder(java.util.Collections.nCopies(10_000, 1)).build());
            }
            case OBJECT -> {
                wrong.put("text", Json.createValue("many"));
                wrong.put("an array", array);
            }
            default -> {
                wrong.put("an object", object);
            }
        }
        return wrong;
    }

    /** Bodies that are not the documented shape at all. */
    static List<Mutation> wholeBodies() {
        return List.of(
                new Mutation("an empty body", ""),
                new Mutation("text that is not JSON", "not json at all"),
                new Mutation("an unterminated object", "{\"title\":"),
                new Mutation("JSON null", "null"),
                new Mutation("an array instead of an object", "[1,2,3]"),
                new Mutation("a string instead of an object", "\"text\""),
                new Mutation("arrays nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000)),
                new Mutation("objects nested 5,000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)),
                new Mutation("objects nested 40 deep", "{\"a\":".repeat(40) + "1" + "}".repeat(40)));
    }
}
