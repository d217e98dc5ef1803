package org.healthengineering.portal.domain.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The OB 3.0 eddsa-rdfc-2022 test vector's files ({@code src/test/resources/credential/vectors/README.md}). */
final class Vector {

    private static final String DIRECTORY = "/credential/vectors/";

    private Vector() {
    }

    static JsonObject json(String file) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    static String text(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expected(String name) {
        Properties properties = new Properties();
        try (InputStream in = open("expected.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("expected.properties has no " + name);
        }
        return value;
    }

    private static InputStream open(String file) {
        InputStream in = Vector.class.getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException("test vector file missing: " + file);
        }
        return in;
    }
}
