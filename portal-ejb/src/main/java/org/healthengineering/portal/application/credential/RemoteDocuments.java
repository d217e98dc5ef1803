package org.healthengineering.portal.application.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a JSON document from another server for the credential verifier: a remote issuer's key document, or a
 * status list. The address comes from a credential anyone may upload, so the fetch is bounded on every side: HTTPS
 * only; a host any of whose addresses is internal (loopback, private, link-local, shared, multicast, unspecified,
 * or such an address inside an IPv6 one) is refused before connecting; 3 s to connect and 5 s for the whole
 * exchange; at most 256 KB of answer; redirects are refused, not followed; no proxy; and only a JSON object is
 * accepted. Every refusal is a {@link Fetched.Refused} with a reason a person can read, never an exception.
 */
@ApplicationScoped
public class RemoteDocuments {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final int MAXIMUM_BODY = 256 * 1024;
    static final String ACCEPT = "application/json, application/ld+json";

    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /** A JSON object fetched, or why not. */
    public sealed interface Fetched {

        /** The document, a JSON object. */
        record Document(JsonObject json) implements Fetched {

            public Document {
                Objects.requireNonNull(json, "json");
            }
        }

        /** Why nothing was fetched: the address, the server or its answer was refused. */
        record Refused(String reason) implements Fetched {

            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /** Finds a host's addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    interface HostResolver {

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maximumBody;
    private final HostResolver resolver;
    private final SSLContext ssl;
    private HttpClient client;

    public RemoteDocuments() {
        this(CONNECT_TIMEOUT, REQUEST_TIMEOUT, MAXIMUM_BODY, InetAddress::getAllByName, null);
    }

    /** With other limits, a resolver and trusted certificates ({@code ssl}, null for the JDK's), for tests. */
    RemoteDocuments(Duration connectTimeout, Duration requestTimeout, int maximumBody, HostResolver resolver,
                    SSLContext ssl) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maximumBody = maximumBody;
        this.resolver = resolver;
        this.ssl = ssl;
    }

    /** The JSON object at {@code url} (an https URL; a fragment is ignored), or why it was not fetched. */
    public Fetched fetch(String url) {
        URI uri;
        try {
            uri = checkedUri(url);
        } catch (Refusal refusal) {
            return new Fetched.Refused(refusal.getMessage());
        }
        String host = uri.getHost();
        try {
            checkAddresses(host);
        } catch (Refusal refusal) {
            return new Fetched.Refused(refusal.getMessage());
        }
        return exchange(uri, host);
    }

    /** The URL if it is an absolute https URL with a host and no user name; without its fragment. */
    private static URI checkedUri(String url) throws Refusal {
        if (url == null || url.isBlank()) {
            throw new Refusal("no address was given");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refusal("the address " + quote(url) + " is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new Refusal("the address " + quote(url) + " is not an https address");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refusal("the address " + quote(url) + " names no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refusal("the address " + quote(url) + " carries a user name");
        }
        String withoutFragment = uri.toString();
        int fragment = withoutFragment.indexOf('#');
        return URI.create(fragment < 0 ? withoutFragment : withoutFragment.substring(0, fragment));
    }

    /** Refuses a host any of whose addresses is one the portal must not be made to call. */
    private void checkAddresses(String host) throws Refusal {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new Refusal("the host " + quote(host) + " is not known");
        } catch (RuntimeException e) {
            throw new Refusal("the host " + quote(host) + " cannot be looked up");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refusal("the host " + quote(host) + " is not known");
        }
        for (InetAddress address : addresses) {
            String internal = internal(address);
            if (internal != null) {
                throw new Refusal("the host " + quote(host) + " is " + internal + ", which the portal does not call");
            }
        }
    }

    /**
     * What kind of internal address this is ("a loopback address", ...), or null for a public one. IPv6 addresses
     * that carry an IPv4 one (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address inside.
     */
    static String internal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalIpv4(b);
        }
        if (!(address instanceof Inet6Address) || b.length != 16) {
            return "an address of an unknown kind";
        }
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            String inside = internalIpv4(embedded);
            return inside == null ? null : inside + " (inside an IPv6 address)";
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if ((first & 0xfe) == 0xfc) {
            return "a private address";
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return "a link-local address";
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return "a site-local address";
        }
        if (first == 0xff) {
            return "a multicast address";
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return "a Teredo tunnel address";
        }
        if (first == 0 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && b[4] == 0
                && b[5] == 1) {
            return "a local-use NAT64 address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeroTen = Arrays.equals(b, 0, 10, new byte[10], 0, 10);
        if (zeroTen && (b[10] == (byte) 0xff && b[11] == (byte) 0xff || b[10] == 0 && b[11] == 0)) {
            boolean loopbackOrAny = b[10] == 0 && Arrays.equals(b, 10, 15, new byte[5], 0, 5)
                    && (b[15] == 0 || b[15] == 1);
            return loopbackOrAny ? null : Arrays.copyOfRange(b, 12, 16);
        }
        byte[] nat64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
        if (Arrays.equals(b, 0, 12, nat64, 0, 12)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static String internalIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "an unspecified address";
        }
        if (first == 127) {
            return "a loopback address";
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return "a private address";
        }
        if (first == 169 && second == 254) {
            return "a link-local address";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "a shared (carrier-grade NAT) address";
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
            return "an IETF protocol assignment address";
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return "a benchmarking address";
        }
        if (first >= 224 && first <= 239) {
            return "a multicast address";
        }
        if (first >= 240) {
            return "a reserved or broadcast address";
        }
        return null;
    }

    private Fetched exchange(URI uri, String host) {
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(requestTimeout)
                    .header("Accept", ACCEPT)
                    .GET()
                    .build();
            exchange = client().sendAsync(request, this::body);
        } catch (IllegalArgumentException e) {
            return new Fetched.Refused("the address of " + quote(host) + " cannot be requested");
        }
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Fetched.Refused(slow(host));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Fetched.Refused("the request to " + quote(host) + " was interrupted");
        } catch (ExecutionException e) {
            return new Fetched.Refused(failure(e.getCause(), host));
        }
        return answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.body(), host);
    }

    /** What to do with the body: read at most the limit of a 200 answer; discard any other. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maximumBody) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return new LimitedBody(maximumBody);
    }

    /** The outcome of an answer: a JSON object from a 200, or the refusal of anything else. */
    Fetched answer(int status, String location, byte[] body, String host) {
        if (status >= 300 && status < 400) {
            return new Fetched.Refused("the server " + quote(host) + " redirects"
                    + (location == null ? "" : " to " + quote(location)) + ", which the portal does not follow");
        }
        if (status != 200) {
            return new Fetched.Refused("the server " + quote(host) + " answered with HTTP status " + status);
        }
        if (body == null) {
            return new Fetched.Refused(tooLarge(host));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new Fetched.Refused("the answer of " + quote(host) + " is not JSON (not UTF-8 text)");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return new Fetched.Document(reader.readObject());
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return new Fetched.Refused("the answer of " + quote(host) + " is not a JSON object");
        }
    }

    private String failure(Throwable cause, String host) {
        if (among(cause, TooLarge.class)) {
            return tooLarge(host);
        }
        if (among(cause, HttpConnectTimeoutException.class)) {
            return "the server " + quote(host) + " could not be reached within " + connectTimeout.toSeconds() + " s";
        }
        if (among(cause, HttpTimeoutException.class)) {
            return slow(host);
        }
        if (among(cause, SSLException.class)) {
            return "no trusted secure connection could be made to " + quote(host);
        }
        if (among(cause, ConnectException.class)) {
            return "the server " + quote(host) + " could not be reached";
        }
        return "the exchange with " + quote(host) + " failed";
    }

    /** Whether {@code error} or one of its causes is of this type. */
    private static boolean among(Throwable error, Class<? extends Throwable> type) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private String slow(String host) {
        return "the server " + quote(host) + " did not answer within " + requestTimeout.toSeconds() + " s";
    }

    private String tooLarge(String host) {
        return "the answer of " + quote(host) + " is larger than " + maximumBody / 1024 + " KB";
    }

    private synchronized HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(HttpClient.Builder.NO_PROXY);
            try {
                builder.sslContext(ssl != null ? ssl : SSLContext.getDefault());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no TLS", e);
            }
            client = builder.build();
        }
        return client;
    }

    private static String quote(String text) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "\u2026" : text;
        return "\u201c" + shown.replaceAll("\\p{Cntrl}", " ") + "\u201d";
    }

    /** A body that stops at the limit, failing with {@link TooLarge} rather than reading on. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** The answer went past the limit. */
    private static final class TooLarge extends IOException {

        TooLarge() {
            super("the answer is too large", null);
        }
    }

    /** Why a URL or its host is refused. */
    private static final class Refusal extends Exception {

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
