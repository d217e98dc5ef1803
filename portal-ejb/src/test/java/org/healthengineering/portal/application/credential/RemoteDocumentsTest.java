package org.healthengineering.portal.application.credential;

import org.healthengineering.portal.application.credential.RemoteDocuments.Fetched;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds of fetching a remote document that need no server: addresses and answers refused. */
class RemoteDocumentsTest {

    private final RemoteDocuments documents = new RemoteDocuments();

    private static String refusal(Fetched fetched) {
        return assertInstanceOf(Fetched.Refused.class, fetched).reason();
    }

    /** A fetcher whose resolver answers these addresses for any host, and fails the test if it connects. */
    private static RemoteDocuments resolvingTo(String... addresses) {
        return new RemoteDocuments(Duration.ofMillis(1), Duration.ofMillis(1), 1024, host -> {
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        }, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://trust.example/status/1", "ftp://trust.example/status/1", "file:///etc/passwd",
            "trust.example/status/1", "https:///status/1", "https://user:secret@trust.example/status/1",
            "https://trust example/", ""})
    void onlyAPlainHttpsAddressIsFetched(String url) {
        String reason = refusal(documents.fetch(url));

        assertTrue(reason.contains("https") || reason.contains("URL") || reason.contains("no host")
                || reason.contains("user name") || reason.contains("no address"), reason);
    }

    @Test
    void nullIsRefused() {
        assertEquals("no address was given", refusal(documents.fetch(null)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1|a loopback address",
            "127.255.0.9|a loopback address",
            "10.1.2.3|a private address",
            "172.16.0.1|a private address",
            "172.31.255.254|a private address",
            "192.168.1.1|a private address",
            "169.254.169.254|a link-local address",
            "100.64.0.1|a shared (carrier-grade NAT) address",
            "100.127.255.254|a shared (carrier-grade NAT) address",
            "0.0.0.0|an unspecified address",
            "224.0.0.1|a multicast address",
            "255.255.255.255|a reserved or broadcast address",
            "[::1]|a loopback address",
            "[::]|the unspecified address",
            "[fc00::1]|a private address",
            "[fd12:3456::1]|a private address",
            "[fe80::1]|a link-local address",
            "[ff02::1]|a multicast address",
            "[::ffff:127.0.0.1]|a loopback address",
            "[::ffff:10.0.0.1]|a private address",
            "[::ffff:169.254.169.254]|a link-local address",
            "[::10.0.0.1]|a private address (inside an IPv6 address)",
            "[64:ff9b::a9fe:a9fe]|a link-local address (inside an IPv6 address)",
            "[2002:7f00:1::1]|a loopback address (inside an IPv6 address)"})
    void anInternalAddressIsRefusedBeforeConnecting(String host, String kind) {
        String reason = refusal(documents.fetch("https://" + host + "/status/1"));

        assertTrue(reason.contains("is " + kind + ", which the portal does not call"), reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1",
            "192.169.0.1", "169.255.0.1", "2606:4700:4700::1111", "2002:808:808::1", "64:ff9b::808:808"})
    void aPublicAddressIsNotInternal(String address) throws Exception {
        assertNull(RemoteDocuments.internal(InetAddress.getByName(address)));
    }

    @Test
    void aNameResolvingToLoopbackIsRefused() {
        String reason = refusal(documents.fetch("https://localhost/status/1"));

        assertTrue(reason.contains("a loopback address"), reason);
    }

    @Test
    void aNameWithAnyInternalAddressIsRefused() {
        String reason = refusal(resolvingTo("93.184.215.14", "10.0.0.7").fetch("https://trust.example/status/1"));

        assertTrue(reason.contains("\u201ctrust.example\u201d is a private address"), reason);
    }

    @Test
    void anUnknownHostIsRefused() {
        RemoteDocuments unknown = new RemoteDocuments(Duration.ofSeconds(1), Duration.ofSeconds(1), 1024, host -> {
            throw new UnknownHostException(host);
        }, null);

        assertTrue(refusal(unknown.fetch("https://nowhere.example/")).contains("is not known"));
    }

    @Test
    void onlyAJsonObjectIsAccepted() {
        byte[] object = "{\"id\":\"https://trust.example/issuer\"}".getBytes(StandardCharsets.UTF_8);

        Fetched.Document document = assertInstanceOf(Fetched.Document.class,
                documents.answer(200, null, object, "trust.example"));

        assertEquals("https://trust.example/issuer", document.json().getString("id"));
        assertTrue(refusal(documents.answer(200, null, "<html>hello</html>".getBytes(StandardCharsets.UTF_8),
                "trust.example")).contains("is not a JSON object"));
        assertTrue(refusal(documents.answer(200, null, "[1, 2]".getBytes(StandardCharsets.UTF_8), "trust.example"))
                .contains("is not a JSON object"));
        assertTrue(refusal(documents.answer(200, null, "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8),
                "trust.example")).contains("is not a JSON object"));
        assertTrue(refusal(documents.answer(200, null, new byte[]{'{', (byte) 0xff, '}'}, "trust.example"))
                .contains("not UTF-8"));
    }

    @Test
    void redirectsErrorsAndOversizedAnswersAreRefused() {
        assertEquals("the server \u201ctrust.example\u201d redirects to \u201chttp://169.254.169.254/\u201d, which "
                        + "the portal does not follow",
                refusal(documents.answer(302, "http://169.254.169.254/", null, "trust.example")));
        assertTrue(refusal(documents.answer(404, null, null, "trust.example")).contains("HTTP status 404"));
        assertTrue(refusal(documents.answer(200, null, null, "trust.example")).contains("larger than 256 KB"));
    }
}
