package org.healthengineering.portal.it;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail leaves through the durable outbox. An SMTP relay that accepts connections and then says nothing (the worst
 * kind of slow) does not slow the answer that caused the mail; the failed send is kept and retried, and once the relay
 * is mended an operator sends the backlog and each mail arrives exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailOutboxIT {

    private static final String PASSWORD = "meadow lantern 8830";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aSilentRelayDelaysNoAnswerAndItsMailIsSentOnceWhenMended() throws Exception {
        Api api = new Api(deployment);
        int smtpPort = EmbeddedDatabaseSession.mail().getSmtp().getPort();
        String email = Api.uniqueEmail("outbox");
        EmbeddedDatabaseSession.stopMail();
        try (SilentRelay relay = new SilentRelay(smtpPort)) {
            // Registering sends a confirmation mail; the answer does not wait for the relay (which would hold it 10 s).
            HttpClient client = HttpClient.newBuilder().build();
            HttpResponse<String> registered = client.send(HttpRequest.newBuilder(URI.create(
                                    deployment.toString().replaceAll("/$", "") + "/api/v1/accounts"))
                            .timeout(Duration.ofSeconds(3))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"displayName\":"
                                    + "\"Outbox engineer\",\"password\":\"" + PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, registered.statusCode(), registered.body());

            // The relay took the connection and said nothing: the send times out and the mail waits for a retry.
            JsonObject status = awaitFailure(api);
            assertTrue(relay.connections() > 0, "the portal tried the relay");
            assertTrue(status.getJsonNumber("waiting").longValue() >= 1, status.toString());
            assertTrue(status.getJsonArray("failing").stream().map(JsonObject.class::cast)
                    .anyMatch(f -> f.getString("subject").contains("Confirm") && f.getInt("attempts") >= 1
                            && f.containsKey("nextAttemptAt")), status.toString());
        } finally {
            EmbeddedDatabaseSession.startMail();
        }

        // Mended: the operator sends the backlog instead of waiting out the back-off.
        Api.Answer run = api.post("operations/mail", "{}", Api.ADMIN);
        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().getInt("madeDue") >= 1, run.body());
        assertEquals(1, Mailbox.to(email, 1).size(), "the confirmation arrives");
        // The next sweep (every minute) and another "send now" find nothing more to send for it.
        assertEquals(200, api.post("operations/mail", "{}", Api.ADMIN).status());
        Thread.sleep(1000);
        assertEquals(1, Mailbox.to(email, 2).size(), "exactly once");
        assertEquals(200, api.post("accounts/confirmations", "{\"token\":\"" + Mailbox.confirmationToken(email) + "\"}",
                null).status(), "the mailed link works");
        assertEquals(403, api.post("operations/mail", "{}", Api.basic(email, PASSWORD)).status(),
                "only system administrators run the outbox");
    }

    /** Waits until the outbox reports a failed attempt (the relay's silence ends in the 10 s SMTP timeout). */
    private static JsonObject awaitFailure(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JsonObject status = null;
        while (System.nanoTime() < deadline) {
            Api.Answer answer = api.get("operations/mail", Api.ADMIN);
            assertEquals(200, answer.status(), answer.body());
            status = answer.json();
            if (!status.getJsonArray("failing").isEmpty()) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no failed attempt was recorded: " + status);
    }

    /** An SMTP port that accepts connections and never says a word. */
    private static final class SilentRelay implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> accepted = new ArrayList<>();
        private final Thread acceptor;

        SilentRelay(int port) throws IOException {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            acceptor = new Thread(() -> {
                try {
                    while (!server.isClosed()) {
                        Socket socket = server.accept();
                        synchronized (accepted) {
                            accepted.add(socket);
                        }
                    }
                } catch (IOException closed) {
                    // Closed by the test.
                }
            }, "silent-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int connections() {
            synchronized (accepted) {
                return accepted.size();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (accepted) {
                for (Socket socket : accepted) {
                    socket.close();
                }
            }
        }
    }
}
