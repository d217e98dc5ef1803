package org.healthengineering.portal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every JSON request body of the API into its record, strictly, then checks the record's Bean Validation
 * constraints, and refuses the body with <em>every</em> problem found (as 400 with field paths such as
 * {@code lines[2].inPostFte}). A generic JSON-B binding is lenient in ways a hostile or careless client exploits:
 * it reads {@code true} as the text "true", "yes" as {@code false}, 2<sup>63</sup> as 0 and 1e30 as a position, and
 * fills a body of unknown fields with nulls. Here:
 * <ul>
 *     <li>text fields take JSON strings only, at most {@value #MAX_TEXT} characters (a field's own, shorter limit
 *     is the domain's to check);</li>
 *     <li>whole numbers take integral JSON numbers within their type's range; decimals any JSON number;</li>
 *     <li>yes/no fields take {@code true} or {@code false} only;</li>
 *     <li>lists take arrays of at most {@value #MAX_ENTRIES} entries, each read by the same rules;</li>
 *     <li>the document is an object, nested at most {@value #MAX_DEPTH} deep; unknown fields are ignored.</li>
 * </ul>
 * A missing or {@code null} field reads as not given ({@code null}, or zero / {@code false} for a primitive).
 * Declared for {@link Record}, so that for every request record it is a closer match than the JSON-B provider
 * (declared for {@code Object}) whatever order the providers were found in.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@jakarta.annotation.Priority(1)
public class StrictJsonReader implements MessageBodyReader<Record> {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_ENTRIES = 1_000;
    public static final int MAX_DEPTH = 32;

    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = body(httpHeaders, entityStream);
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw InvalidInputException.of("body", "Send a JSON object ({…}) of the documented shape.");
        }
        JsonValue document;
        try (JsonReader reader = READERS.createReader(new java.io.ByteArrayInputStream(body))) {
            document = reader.readValue();
        } catch (JsonParsingException e) {
            throw InvalidInputException.of("body", "The body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ").");
        } catch (RuntimeException e) {
            // JsonException, or Parsson's plain RuntimeException for a document nested beyond MAX_DEPTH.
            throw InvalidInputException.of("body", "Send a JSON object, nested at most " + MAX_DEPTH + " deep.");
        }
        if (document.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.of("body", "Send a JSON object ({…}) of the documented shape.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Record value = (Record) read(document, type, type, "", problems);
        InvalidInputException.throwIfAny(problems);
        for (ConstraintViolation<Record> violation : VALIDATOR.validate(value)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        problems.sort(java.util.Comparator.comparing(FieldProblem::field));
        InvalidInputException.throwIfAny(problems);
        return value;
    }

    /**
     * The body's bytes: as many as {@code Content-Length} says when it is given (a request that also asks to
     * upgrade the connection, as Java's HTTP client does, never reaches the end of its stream), else to the end.
     */
    private static byte[] body(MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        String length = headers.getFirst("Content-Length");
        if (length != null && length.trim().matches("\\d{1,10}")) {
            return in.readNBytes((int) Math.min(Long.parseLong(length.trim()), RequestLimitsFilter.FILE_LIMIT));
        }
        return in.readAllBytes();
    }

    private static Object read(JsonValue json, Class<?> type, Type generic, String path, List<FieldProblem> problems) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return absent(type);
        }
        if (type.isRecord()) {
            return record(json, type, path, problems);
        }
        if (type == String.class) {
            if (json instanceof JsonString text) {
                if (text.getString().length() > MAX_TEXT) {
                    return problem(problems, path, "Use at most " + MAX_TEXT + " characters.", null);
                }
                return text.getString();
            }
            return problem(problems, path, "Use text in double quotes.", null);
        }
        if (type == Integer.class || type == int.class) {
            BigInteger whole = whole(json);
            return whole != null && whole.bitLength() < 32 ? (Object) whole.intValue()
                    : problem(problems, path, "Use a whole number from -2147483648 to 2147483647.", absent(type));
        }
        if (type == Long.class || type == long.class) {
            BigInteger whole = whole(json);
            return whole != null && whole.bitLength() < 64 ? (Object) whole.longValue()
                    : problem(problems, path, "Use a whole number.", absent(type));
        }
        if (type == BigDecimal.class) {
            return json instanceof JsonNumber number ? number.bigDecimalValue()
                    : problem(problems, path, "Use a number.", null);
        }
        if (type == Double.class || type == double.class) {
            return json instanceof JsonNumber number && Double.isFinite(number.doubleValue()) ? (Object) number.doubleValue()
                    : problem(problems, path, "Use a number.", absent(type));
        }
        if (type == Boolean.class || type == boolean.class) {
            return json == JsonValue.TRUE ? Boolean.TRUE : json == JsonValue.FALSE ? Boolean.FALSE
                    : problem(problems, path, "Use true or false.", absent(type));
        }
        if (type == LocalDate.class || type == Instant.class) {
            if (!(json instanceof JsonString text)) {
                return problem(problems, path, "Use an ISO-8601 date in double quotes.", null);
            }
            try {
                return type == LocalDate.class ? LocalDate.parse(text.getString()) : Instant.parse(text.getString());
            } catch (DateTimeParseException e) {
                return problem(problems, path, "Use an ISO-8601 date such as 2026-03-31.", null);
            }
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            return collection(json, type, generic, path, problems);
        }
        throw new IllegalStateException("No strict reading for " + type + " at " + path);
    }

    private static Object record(JsonValue json, Class<?> type, String path, List<FieldProblem> problems) {
        if (!(json instanceof JsonObject object)) {
            return problem(problems, path.isEmpty() ? "body" : path, "Use a JSON object ({…}).", null);
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String field = path.isEmpty() ? component.getName() : path + "." + component.getName();
            values[i] = read(object.get(component.getName()), component.getType(), component.getGenericType(), field,
                    problems);
        }
        try {
            java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private static Object collection(JsonValue json, Class<?> type, Type generic, String path,
                                     List<FieldProblem> problems) {
        if (!(json instanceof JsonArray array)) {
            return problem(problems, path, "Use a JSON array ([…]).", null);
        }
        if (array.size() > MAX_ENTRIES) {
            return problem(problems, path, "Send at most " + MAX_ENTRIES + " entries.", null);
        }
        Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
        Class<?> elementType = element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
        Collection<Object> values = Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            if (array.isNull(i)) {
                problem(problems, at, "Leave out empty entries.", null);
                continue;
            }
            values.add(read(array.get(i), elementType, element, at, problems));
        }
        return values;
    }

    /** The whole number a JSON number holds exactly (3 and 3.0 alike), or null. */
    private static BigInteger whole(JsonValue json) {
        if (!(json instanceof JsonNumber number)) {
            return null;
        }
        BigDecimal value = number.bigDecimalValue();
        if (value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE)) > 0) {
            return null;
        }
        try {
            return value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Object absent(Class<?> type) {
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return type == boolean.class ? Boolean.FALSE : null;
    }

    private static Object problem(List<FieldProblem> problems, String path, String message, Object placeholder) {
        problems.add(new FieldProblem(path.isEmpty() ? "body" : path, message));
        return placeholder;
    }
}
