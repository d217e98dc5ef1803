package org.healthengineering.portal.domain.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.healthengineering.portal.domain.credential.CredentialVerifier.StatusListAnswer;
import org.healthengineering.portal.domain.credential.VerificationReport.Check;
import org.healthengineering.portal.domain.credential.VerificationReport.Format;
import org.healthengineering.portal.domain.credential.VerificationReport.Outcome;
import org.healthengineering.portal.domain.credential.VerificationReport.Row;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.healthengineering.portal.domain.credential.Badges.EMAIL;
import static org.healthengineering.portal.domain.credential.Badges.REVOCATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What the verifier makes of inputs that are not credentials, or are credentials made wrongly: never a throw. */
class CredentialVerifierInputTest {

    private final Badges badges = new Badges();

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(VerificationReport report, String what) {
        assertEquals(Check.values().length, report.rows().size(), what);
        assertFalse(report.isValid(), () -> what + " was found valid");
        for (Row row : report.rows()) {
            assertFalse(row.reason().contains("unexpected error"), () -> what + ": " + row);
            assertFalse(row.reason().isBlank(), () -> what + ": " + row);
        }
    }

    private static VerificationReport.Row structure(VerificationReport report) {
        return report.row(Check.STRUCTURE);
    }

    @Test
    void textThatIsNoCredentialIsAStructureFailure() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<String> inputs = List.of("", "   ", "{", "}", "[]", "null", "42", "\"text\"", "{}", "{\"a\":1}}",
                "{\"a\":\"\u0000\"}", deep, "\ufeff{", "a.b", "a.b.c.d", "...", "a.b.c", "e30.e30.e30",
                "eyJhbGciOiJub25lIn0.e30.", "not a credential at all",
                base64Url("{\"alg\":\"RS256\"}") + "." + base64Url("[]") + ".c2ln",
                base64Url("{\"alg\":\"RS256\"}") + "." + base64Url("not json") + ".c2ln",
                base64Url("{\"alg\":\"RS256\"}") + "." + base64Url("{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}")
                        + ".c2ln",
                base64Url("[1]") + "." + base64Url("{}") + ".c2ln");
        for (String input : inputs) {
            VerificationReport report = badges.verifier.verify(input, EMAIL);
            assertRefused(report, input.length() > 60 ? input.substring(0, 60) : input);
        }
        assertEquals(Outcome.FAIL, structure(badges.verifier.verify("{", EMAIL)).outcome());
        assertTrue(structure(badges.verifier.verify(deep, EMAIL)).reason().contains("more than 64 deep"));
        assertNull(badges.verifier.verify("not a credential at all", EMAIL).format());
        assertTrue(structure(badges.verifier.verify("not a credential at all", EMAIL)).reason()
                .contains("expected JSON, a JWT or a PNG image"));
    }

    @Test
    void bytesThatAreNoCredentialAreAStructureFailure() throws Exception {
        Random random = new Random(13);
        List<byte[]> inputs = new ArrayList<>();
        inputs.add(new byte[0]);
        inputs.add(null);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[random.nextInt(4000) + 1];
            random.nextBytes(bytes);
            inputs.add(bytes);
        }
        byte[] png = png();
        inputs.add(Arrays.copyOf(png, 8));
        inputs.add(Arrays.copyOf(png, png.length - 5));
        byte[] damaged = png.clone();
        damaged[20] ^= 1;
        inputs.add(damaged);
        inputs.add(BakedPng.bake(png, "garbage"));
        inputs.add(BakedPng.bake(png, "{\"issuer\": 5"));
        inputs.add(new byte[]{'{', (byte) 0xc3, (byte) 0x28, '}'});
        for (byte[] input : inputs) {
            assertRefused(badges.verifier.verify(input, EMAIL), input == null ? "null" : input.length + " bytes");
        }
        assertTrue(structure(badges.verifier.verify(BakedPng.bake(png, "garbage"), EMAIL)).reason()
                .contains("the credential in the image is neither JSON nor a JWT"));
        assertTrue(structure(badges.verifier.verify(damaged, EMAIL)).reason().contains("the image cannot be read"));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void wrongTypesAnywhereAreReportedNotThrown() {
        badges.publish(REVOCATIONS, Badges.signWithEd(Badges.statusList(REVOCATIONS, "revocation",
                BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE)).build()));
        JsonObject withStatus = Badges.signWithEd(badges.credential(Badges.ISSUER).add("credentialStatus",
                Badges.statusEntry("revocation", 1, REVOCATIONS)).build());
        assertTrue(badges.verify(withStatus).isValid(), () -> badges.verify(withStatus).rows().toString());
        List<JsonValue> wrongValues = List.of(Json.createValue(5), Json.createValue("x"), JsonValue.TRUE,
                JsonValue.NULL, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT,
                Json.createArrayBuilder().add(1).add("a").add(Json.createObjectBuilder()).addNull().build(),
                Json.createObjectBuilder().add("id", 5).add("type", 5).build(),
                Json.createValue(1e300), Json.createValue("\u202e\u0007 " + "x".repeat(5000)));
        List<String> paths = List.of("/@context", "/@context/1", "/id", "/type", "/issuer", "/issuer/id",
                "/issuer/type", "/validFrom", "/validUntil", "/name", "/credentialSubject",
                "/credentialSubject/achievement", "/credentialSubject/achievement/criteria",
                "/credentialSubject/identifier", "/credentialSubject/identifier/0",
                "/credentialSubject/identifier/0/hashed", "/credentialSubject/identifier/0/identityHash",
                "/proof", "/proof/verificationMethod", "/proof/proofValue", "/proof/type", "/proof/cryptosuite",
                "/proof/@context", "/credentialStatus", "/credentialStatus/statusListIndex",
                "/credentialStatus/statusListCredential", "/credentialStatus/type", "/credentialStatus/statusPurpose");
        for (String path : paths) {
            for (JsonValue value : wrongValues) {
                if (Json.createPointer(path).containsValue(withStatus)
                        && Json.createPointer(path).getValue(withStatus).equals(value)
                        || path.equals("/proof/@context") && value.equals(JsonValue.EMPTY_JSON_ARRAY)) {
                    continue; // no change, or none that matters (no contexts is the start of any list)
                }
                JsonObject broken = Badges.with(withStatus, path, value);
                VerificationReport report = badges.verify(broken);
                assertRefused(report, path + " = " + value.toString().substring(0,
                        Math.min(40, value.toString().length())));
            }
        }
    }

    @Test
    void keysAndListsThatFailDoNotMakeTheVerifierThrow() {
        JsonObject credential = Badges.signWithEd(badges.credential(Badges.ISSUER).add("credentialStatus",
                Badges.statusEntry("revocation", 1, REVOCATIONS)).build());
        CredentialVerifier throwing = new CredentialVerifier(m -> {
            throw new IllegalStateException("the key store is down");
        }, url -> {
            throw new IllegalStateException("the network is down");
        }, Clock.systemUTC());
        CredentialVerifier answeringNull = new CredentialVerifier(m -> null, url -> null, Clock.systemUTC());

        for (CredentialVerifier verifier : List.of(throwing, answeringNull)) {
            VerificationReport report = verifier.verify(credential.toString(), EMAIL);
            assertRefused(report, "a failing lookup");
            assertEquals(Outcome.FAIL, report.row(Check.ISSUER_KEY).outcome());
            assertEquals(Outcome.WARN, report.row(Check.STATUS).outcome());
        }
    }

    @Test
    void duplicateNamesAreRefusedSoThatWhatIsShownIsWhatWasSigned() {
        String signed = badges.didKeySigned().toString();
        String duplicated = signed.replaceFirst("\"name\":", "\"name\":\"Something else\",\"name\":");

        VerificationReport report = badges.verifier.verify(duplicated, EMAIL);

        assertRefused(report, "a duplicated name");
        assertNull(report.credential());
        assertTrue(structure(report).reason().contains("not well-formed JSON: a name appears twice"),
                structure(report).reason());
    }

    @Test
    void anInputOverTwoMegabytesIsRefusedUnread() {
        String padded = "{\"name\":\"" + "x".repeat(CredentialVerifier.MAXIMUM_INPUT) + "\"}";

        VerificationReport fromText = badges.verifier.verify(padded, EMAIL);
        VerificationReport fromBytes = badges.verifier.verify(padded.getBytes(StandardCharsets.UTF_8), EMAIL);

        assertTrue(structure(fromText).reason().contains("larger than 2 MB"));
        assertTrue(structure(fromBytes).reason().contains("larger than 2 MB"));
    }

    @Test
    void theFormatIsFoundFromTheInput() {
        String json = badges.didKeySigned().toString();
        String jwt = Badges.signWithRsa(badges.credential(Badges.ISSUER).build());

        assertEquals(Format.JSON, badges.verifier.verify(json.getBytes(StandardCharsets.UTF_8), EMAIL).format());
        assertEquals(Format.JSON, badges.verifier.verify("\ufeff\n  " + json + "\n", EMAIL).format());
        assertTrue(badges.verifier.verify("\ufeff\n  " + json + "\n", EMAIL).isValid());
        assertEquals(Format.JWT, badges.verifier.verify((jwt + "\n").getBytes(StandardCharsets.UTF_8), EMAIL)
                .format());
    }

    @Test
    void aReportHasEveryCheckInOrder() {
        List<Row> rows = new ArrayList<>();
        for (Check check : Check.values()) {
            rows.add(new Row(check, check == Check.STATUS ? Outcome.WARN : Outcome.PASS, "reason"));
        }
        VerificationReport report = new VerificationReport(Format.JSON, null, rows);

        assertEquals(Outcome.WARN, report.overall());
        assertFalse(report.isValid());
        assertThrows(IllegalArgumentException.class,
                () -> new VerificationReport(Format.JSON, null, rows.subList(1, 7)));
        List<Row> swapped = new ArrayList<>(rows);
        swapped.set(0, rows.get(1));
        swapped.set(1, rows.get(0));
        assertThrows(IllegalArgumentException.class, () -> new VerificationReport(Format.JSON, null, swapped));
    }

    @Test
    void checkingADataIntegrityCredentialIsFast() {
        JsonObject list = Badges.signWithEd(Badges.statusList(REVOCATIONS, "revocation",
                BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE)).build());
        CredentialVerifier verifier = new CredentialVerifier(m -> Optional.ofNullable(badges.keys.get(m)),
                url -> new StatusListAnswer.Found(list), Clock.fixed(Badges.NOW, ZoneOffset.UTC));
        String plain = badges.didKeySigned().toString();
        String withStatus = Badges.signWithEd(badges.credential(Badges.ISSUER).add("credentialStatus",
                Badges.statusEntry("revocation", 1, REVOCATIONS)).build()).toString();
        for (int i = 0; i < 30; i++) {
            verifier.verify(plain, EMAIL);
            verifier.verify(withStatus, EMAIL);
        }

        for (String credential : List.of(plain, withStatus)) {
            long[] nanos = new long[60];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                if (!verifier.verify(credential, EMAIL).isValid()) {
                    fail("the credential should be valid");
                }
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            long p95Millis = nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1_000_000;
            assertTrue(p95Millis <= 50, "p95 " + p95Millis + " ms");
        }
    }
}
