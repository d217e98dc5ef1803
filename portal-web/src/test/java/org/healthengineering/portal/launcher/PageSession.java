package org.healthengineering.portal.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session for the benchmarks: signed in through the sign-in page, its cookies kept current. */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private PageSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the sign-in page, as a person does. */
    static PageSession signIn(String base, String email, String password) throws Exception {
        PageSession session = new PageSession(base);
        String form = session.get("/login.xhtml", "id=\"login-form\"");
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!viewState.find()) {
            throw new IllegalStateException("the sign-in page has no view state");
        }
        String body = Map.of("login-form", "login-form", "login-form:email", email, "login-form:password",
                        password, "login-form:sign-in", "", "jakarta.faces.ViewState",
                        viewState.group(1).replace("&#58;", ":")).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = session.http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("signing in as " + email + " answered " + answer.statusCode());
        }
        return session;
    }

    /** A session begun by visiting a page (the bare page's own session). */
    static PageSession visit(String base, String path) throws Exception {
        PageSession session = new PageSession(base);
        session.get(path, "<html");
        return session;
    }

    /** The page's content, which must be a 200 holding {@code marker}. */
    String get(String path, String marker) throws IOException, InterruptedException {
        HttpResponse<String> answer = fetch(path);
        if (answer.statusCode() != 200 || !answer.body().contains(marker)) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + " without " + marker);
        }
        return answer.body();
    }

    /** The page's answer, whatever it is. */
    HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The Cookie header a browser would send now (without Payara's session version: see {@link #version}). */
    String cookies() {
        return cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> !"JSESSIONIDVERSION".equals(c.getName()))
                .map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    /** Payara's session-version cookie's value now (replicated sessions only), or "". */
    String version() {
        return cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> "JSESSIONIDVERSION".equals(c.getName())).map(HttpCookie::getValue).findFirst()
                .orElse("");
    }
}
