package org.healthengineering.portal.application.credential;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.healthengineering.portal.application.credential.RemoteDocuments.Fetched;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fetching from a real HTTPS server on this machine, with a certificate made by {@code keytool} for {@code
 * localhost}. The fetcher under test is told that localhost is a public address (the resolver it checks with),
 * since it would rightly refuse loopback; the HTTP client itself still connects to localhost.
 */
class RemoteDocumentsHttpsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path directory;

    private static HttpsServer server;
    private static ExecutorService threads;
    private static SSLContext clientSsl;
    private static final AtomicReference<String> accept = new AtomicReference<>();
    private static final AtomicInteger redirectTargetCalls = new AtomicInteger();

    @BeforeAll
    static void startServer() throws Exception {
        Path keystore = directory.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        boolean finished = keytool.waitFor(60, TimeUnit.SECONDS);
        Assumptions.assumeTrue(finished && keytool.exitValue() == 0 && Files.exists(keystore),
                "keytool could not make a certificate");

        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            serverKeys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(serverKeys, PASSWORD);
        SSLContext serverSsl = SSLContext.getInstance("TLS");
        serverSsl.init(keyManagers.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", serverKeys.getCertificate("server"));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        clientSsl = SSLContext.getInstance("TLS");
        clientSsl.init(null, trustManagers.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverSsl));
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/issuer", exchange -> {
            accept.set(exchange.getRequestHeaders().getFirst("Accept"));
            send(exchange, 200, "{\"id\":\"https://localhost/issuer\"}");
        });
        server.createContext("/page", exchange -> send(exchange, 200, "<html><body>not JSON</body></html>"));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/issuer-elsewhere");
            send(exchange, 301, "");
        });
        server.createContext("/issuer-elsewhere", exchange -> {
            redirectTargetCalls.incrementAndGet();
            send(exchange, 200, "{}");
        });
        server.createContext("/large", exchange -> send(exchange, 200,
                "{\"padding\":\"" + "x".repeat(4096) + "\"}"));
        server.createContext("/large-chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"padding\":\"".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 64; i++) {
                    out.write("x".repeat(1024).getBytes(StandardCharsets.UTF_8));
                }
                out.write("\"}".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the client stopped reading, as it should
            }
        });
        server.createContext("/slow", exchange -> {
            sleep(3_000);
            send(exchange, 200, "{}");
        });
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('{');
                out.flush();
                for (int i = 0; i < 30; i++) {
                    sleep(100);
                    out.write(' ');
                    out.flush();
                }
                out.write('}');
            } catch (IOException e) {
                // the client gave up, as it should
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Limits of 1 KB and 1.5 s; localhost passed off as a documentation address so that it may be called. */
    private static RemoteDocuments documents(SSLContext ssl) {
        return new RemoteDocuments(Duration.ofSeconds(2), Duration.ofMillis(1500), 1024,
                host -> new InetAddress[]{InetAddress.getByName("192.0.2.10")}, ssl);
    }

    private static String url(String path) {
        return "https://localhost:" + server.getAddress().getPort() + path;
    }

    private static String refusal(Fetched fetched) {
        return assertInstanceOf(Fetched.Refused.class, fetched).reason();
    }

    @Test
    void aJsonObjectIsFetchedAskingForJson() {
        Fetched fetched = documents(clientSsl).fetch(url("/issuer#key-1"));

        assertEquals("https://localhost/issuer", assertInstanceOf(Fetched.Document.class, fetched).json()
                .getString("id"));
        assertEquals("application/json, application/ld+json", accept.get());
    }

    @Test
    void aPageThatIsNotJsonIsRefused() {
        assertTrue(refusal(documents(clientSsl).fetch(url("/page"))).contains("is not a JSON object"));
    }

    @Test
    void aRedirectIsRefusedAndNotFollowed() {
        String reason = refusal(documents(clientSsl).fetch(url("/moved")));

        assertTrue(reason.contains("redirects to \u201c/issuer-elsewhere\u201d"), reason);
        assertEquals(0, redirectTargetCalls.get());
    }

    @Test
    void anAnswerOverTheLimitIsRefusedWithOrWithoutItsLength() {
        for (String path : List.of("/large", "/large-chunked")) {
            String reason = refusal(documents(clientSsl).fetch(url(path)));
            assertTrue(reason.contains("is larger than 1 KB"), path + ": " + reason);
        }
    }

    @Test
    void aServerTooSlowToAnswerOrToFinishIsRefused() {
        for (String path : List.of("/slow", "/trickle")) {
            long start = System.nanoTime();
            String reason = refusal(documents(clientSsl).fetch(url(path)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(reason.contains("did not answer within 1 s"), path + ": " + reason);
            assertTrue(millis < 2_800, path + " took " + millis + " ms");
        }
    }

    @Test
    void aCertificateTheJdkDoesNotTrustIsRefused() {
        String reason = refusal(documents(null).fetch(url("/issuer")));

        assertTrue(reason.contains("no trusted secure connection"), reason);
    }
}
