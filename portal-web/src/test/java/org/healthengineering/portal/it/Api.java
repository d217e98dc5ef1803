package org.healthengineering.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the portal's REST API, as a script would use it. */
final class Api {

    /** HTTP/1.1, as curl and most scripts speak it (the portal's listener does not offer HTTP/2 without TLS). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    Api(URL deployment) {
        this.base = URI.create(deployment.toString().replaceAll("/$", "") + "/api/v1/");
    }

    /** An answer: status, headers and body. */
    record Answer(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonObject json() {
            return (JsonObject) structure();
        }

        jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(body())).read();
        }
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    Answer get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    Answer delete(String path, String authorization) {
        return send(request(path, authorization).DELETE());
    }

    Answer post(String path, String json, String authorization) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json, String authorization) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Registers an engineer, confirms the email with the link the portal mailed (as its owner would), and returns
     * the Basic credentials.
     */
    String registerEngineer(String email, String password) {
        Answer answer = post("accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Test engineer\","
                + "\"password\":\"" + password + "\"}", null);
        if (answer.status() != 202) {
            throw new IllegalStateException("registration failed: " + answer.status() + " " + answer.body());
        }
        Answer confirmed = post("accounts/confirmations", "{\"token\":\"" + Mailbox.confirmationToken(email) + "\"}",
                null);
        if (confirmed.status() != 200) {
            throw new IllegalStateException("confirmation failed: " + confirmed.status() + " " + confirmed.body());
        }
        return basic(email, password);
    }

    /** An account registered for a test: its email and HTTP Basic credentials. */
    record Registered(String email, String credentials) {
    }

    /** Registers an account and gives it the roles named, through the system administrator's API. */
    Registered registerWith(String who, String password, String... roles) {
        String email = uniqueEmail(who);
        String credentials = registerEngineer(email, password);
        long id = get("me", credentials).json().getJsonNumber("id").longValue();
        String list = String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList());
        Answer granted = put("accounts/" + id + "/roles", "{\"roles\":[" + list + "]}", ADMIN);
        if (granted.status() != 200) {
            throw new IllegalStateException("granting roles failed: " + granted.body());
        }
        return new Registered(email, credentials);
    }

    String registerWithRoles(String who, String password, String... roles) {
        return registerWith(who, password, roles).credentials();
    }

    /** The system administrator created at start-up from PORTAL_ADMIN_EMAIL (set by failsafe). */
    static final String ADMIN = basic("it-admin@example.test", "orchid-lighthouse-7392");

    Answer getAs(String path, String accept, String authorization) {
        return send(request(path, authorization).setHeader("Accept", accept).GET());
    }

    Answer postBytes(String path, String contentType, byte[] body, String authorization) {
        return send(request(path, authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose answer is kept as bytes (files, PDFs). */
    HttpResponse<byte[]> getBytes(String path, String accept, String authorization) {
        try {
            return client.send(request(path, authorization).setHeader("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer putRaw(String path, String contentType, String body, String authorization) {
        return send(request(path, authorization).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer postRaw(String path, String contentType, String body, String authorization) {
        return send(request(path, authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json, */*;q=0.5");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
