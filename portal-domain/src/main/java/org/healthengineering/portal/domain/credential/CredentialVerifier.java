package org.healthengineering.portal.domain.credential;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import org.healthengineering.portal.domain.credential.ProofVerification.Problem;
import org.healthengineering.portal.domain.credential.VerificationReport.Check;
import org.healthengineering.portal.domain.credential.VerificationReport.Format;
import org.healthengineering.portal.domain.credential.VerificationReport.Outcome;
import org.healthengineering.portal.domain.credential.VerificationReport.Row;
import org.healthengineering.portal.domain.shared.DateText;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.healthengineering.portal.domain.credential.CredentialFields.hasType;
import static org.healthengineering.portal.domain.credential.CredentialFields.isUri;
import static org.healthengineering.portal.domain.credential.CredentialFields.items;
import static org.healthengineering.portal.domain.credential.CredentialFields.object;
import static org.healthengineering.portal.domain.credential.CredentialFields.quote;
import static org.healthengineering.portal.domain.credential.CredentialFields.text;

/**
 * Checks an Open Badges 3.0 credential that anyone may present: JSON with an embedded {@code eddsa-rdfc-2022}
 * proof, a VC-JWT signed with RS256, or a badge image with either baked in. The answer is a
 * {@link VerificationReport} with a row for each check (structure, contexts, proof, the issuer's key, validity
 * dates, revocation and suspension, and the recipient when an email is given), each with a reason a person can read.
 * <p>
 * Keys and status lists come from the caller ({@link Keys}, {@link StatusLists}), who decides what may be fetched;
 * a {@code did:key} the caller does not know is resolved here, offline. Nothing else is looked up. The verifier
 * never throws: whatever the input, the answer is a report, its reasons naming what was wrong.
 */
public final class CredentialVerifier {

    /** The largest input checked, 2 MB. */
    static final int MAXIMUM_INPUT = 2 * 1024 * 1024;
    /** The deepest nesting of JSON objects and arrays read; a real credential nests fewer than ten. */
    static final int MAXIMUM_DEPTH = 64;
    /** The most status entries checked in one credential, each of which may mean fetching a list. */
    static final int MAXIMUM_STATUS_ENTRIES = 8;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> OPEN_BADGES_CONTEXTS = Set.of(BundledContexts.OPEN_BADGES_3_0_1,
            BundledContexts.OPEN_BADGES_3_0_2, BundledContexts.OPEN_BADGES_3_0_3);
    private static final String NOT_READ = "not checked: the credential could not be read";
    private static final int LONGEST_REASON = 600;
    private static final String REVOCATION = "revocation";
    private static final String SUSPENSION = "suspension";

    /** Finds a verification method's key: our issuers' keys, a did:key, or a remote document (caller decides). */
    @FunctionalInterface
    public interface Keys {

        /** The key a proof's {@code verificationMethod} or a JWT's {@code kid} names, if it can be found. */
        Optional<KnownKey> find(String verificationMethodOrKid);
    }

    /**
     * A public key and who it belongs to: its {@code controller}, which must be the credential's issuer, and the
     * standing its controller gives it.
     */
    public record KnownKey(PublicKey key, String controller, KeyState state) {

        public KnownKey {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(controller, "controller");
            Objects.requireNonNull(state, "state");
        }
    }

    /** The standing of a key: in use, retired (its earlier signatures still hold), or compromised (none do). */
    public enum KeyState {
        ACTIVE, RETIRED, COMPROMISED
    }

    /** Fetches a status list credential by URL. */
    @FunctionalInterface
    public interface StatusLists {

        StatusListAnswer fetch(String url);
    }

    /** A status list credential, or why it could not be had. */
    public sealed interface StatusListAnswer {

        /** The status list credential, not yet checked. */
        record Found(JsonObject credential) implements StatusListAnswer {

            public Found {
                Objects.requireNonNull(credential, "credential");
            }
        }

        /** No list: the reason, which is shown after "could not check revocation: ". */
        record Unavailable(String reason) implements StatusListAnswer {

            public Unavailable {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    private final Keys keys;
    private final StatusLists statusLists;
    private final Clock clock;

    public CredentialVerifier(Keys keys, StatusLists statusLists, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.statusLists = Objects.requireNonNull(statusLists, "statusLists");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks a file: a PNG badge image with a credential baked in, or the text of a credential (JSON or a JWT) in
     * UTF-8. {@code email}, when given, is the recipient to check the credential was issued to.
     */
    public VerificationReport verify(byte[] input, String email) {
        try {
            if (input == null || input.length == 0) {
                return unreadable(null, "nothing was given to check");
            }
            if (input.length > MAXIMUM_INPUT) {
                return unreadable(null, tooLarge());
            }
            if (input.length >= PNG_SIGNATURE.length
                    && Arrays.equals(input, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
                return verifyPng(input, email);
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(input)).toString();
            } catch (CharacterCodingException e) {
                return unreadable(null, "this is not a credential: the file is neither a PNG image nor text");
            }
            return verifyText(text, null, email);
        } catch (RuntimeException e) {
            return unexpected(e);
        }
    }

    /** Checks the text of a credential: JSON, or a JWT. */
    public VerificationReport verify(String text, String email) {
        try {
            if (text == null || text.isBlank()) {
                return unreadable(null, "nothing was given to check");
            }
            if (text.length() > MAXIMUM_INPUT || text.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_INPUT) {
                return unreadable(null, tooLarge());
            }
            return verifyText(text, null, email);
        } catch (RuntimeException e) {
            return unexpected(e);
        }
    }

    private VerificationReport verifyPng(byte[] png, String email) {
        Optional<String> baked;
        try {
            baked = BakedPng.credentialIn(png);
        } catch (IllegalArgumentException e) {
            return unreadable(Format.PNG, "the image cannot be read: " + e.getMessage());
        }
        if (baked.isEmpty()) {
            return unreadable(Format.PNG, "the image carries no credential");
        }
        return verifyText(baked.get(), Format.PNG, email);
    }

    /** JSON or a JWT, on its own or out of an image ({@code container} PNG). */
    private VerificationReport verifyText(String text, Format container, String email) {
        String trimmed = text.strip();
        if (trimmed.startsWith("\ufeff")) {
            trimmed = trimmed.substring(1).strip();
        }
        if (trimmed.startsWith("{")) {
            Format format = container == null ? Format.JSON : container;
            JsonObject credential;
            try {
                credential = parse(trimmed, "the credential");
            } catch (NotReadable e) {
                return unreadable(format, e.getMessage());
            }
            return new Run(email).check(format, credential, null, null);
        }
        if (looksLikeJwt(trimmed)) {
            return verifyJwt(container == null ? Format.JWT : container, trimmed, email);
        }
        return unreadable(container, container == null
                ? "this is not a credential: expected JSON, a JWT or a PNG image"
                : "the credential in the image is neither JSON nor a JWT");
    }

    private VerificationReport verifyJwt(Format format, String compact, String email) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            return unreadable(format, "the JWT cannot be read: " + e.getMessage());
        }
        JsonObject credential;
        try {
            parse(jws.getPayload().toString(), "the JWT's payload");
            credential = VcJwt.credential(compact);
        } catch (NotReadable | IllegalArgumentException e) {
            return unreadable(format, e.getMessage());
        }
        return new Run(email).check(format, credential, jws, compact);
    }

    /** Three parts of base64url separated by dots: a compact JWS. */
    private static boolean looksLikeJwt(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** A JSON object, refusing duplicate names (one value signed, another shown) and deep nesting. */
    private static JsonObject parse(String text, String what) throws NotReadable {
        if (nestsDeeperThan(text, MAXIMUM_DEPTH)) {
            throw new NotReadable(what + " nests objects and arrays more than " + MAXIMUM_DEPTH + " deep");
        }
        try (JsonReader reader = Readers.FACTORY.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            JsonLocation where = e.getLocation();
            boolean duplicate = e.getMessage() != null
                    && e.getMessage().toLowerCase(Locale.ROOT).contains("duplicate");
            String place = where == null || where.getLineNumber() < 0 ? ""
                    : " (line " + where.getLineNumber() + ", column " + where.getColumnNumber() + ")";
            throw new NotReadable(what + " is not well-formed JSON"
                    + (duplicate ? ": a name appears twice in one object" : "") + place);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new NotReadable(what + " is not a JSON object");
        }
    }

    /** Whether brackets outside strings nest deeper than {@code limit}; a cheap guard before any parser recurses. */
    private static boolean nestsDeeperThan(String text, int limit) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > limit) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }

    private static String tooLarge() {
        return "the file is larger than " + MAXIMUM_INPUT / (1024 * 1024) + " MB, more than any credential needs";
    }

    private static VerificationReport unreadable(Format format, String reason) {
        List<Row> rows = new ArrayList<>();
        for (Check check : Check.values()) {
            rows.add(check == Check.STRUCTURE ? new Row(check, Outcome.FAIL, clean(reason))
                    : new Row(check, Outcome.FAIL, NOT_READ));
        }
        return new VerificationReport(format, null, rows);
    }

    /** The last resort: a fault of the verifier's own, reported rather than thrown. */
    private static VerificationReport unexpected(RuntimeException e) {
        return unreadable(null, "the credential could not be checked: an unexpected error ("
                + e.getClass().getSimpleName() + ")");
    }

    private static String clean(String reason) {
        return CredentialFields.clean(reason == null ? "no reason given" : reason, LONGEST_REASON);
    }

    private static String describe(Instant instant, Clock clock) {
        return DateText.moment(instant, clock.getZone());
    }

    /** The proof object of a credential with exactly one. */
    private static JsonObject singleProof(JsonObject credential) {
        List<JsonValue> proofs = items(credential.get("proof"));
        return proofs.size() == 1 && proofs.get(0) instanceof JsonObject proof ? proof : null;
    }

    /** The reader of untrusted JSON, made on first use (the JSON provider is the application server's). */
    private static final class Readers {

        static final JsonReaderFactory FACTORY = Json.createReaderFactory(
                Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

        private Readers() {
        }
    }

    /** Why text is not a credential that can be read. */
    private static final class NotReadable extends Exception {

        NotReadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The outcomes found for each check so far; a check's row is its worst outcome, with all its reasons. */
    private static final class Rows {

        private final Map<Check, Map<Outcome, Set<String>>> found = new EnumMap<>(Check.class);

        void pass(Check check, String reason) {
            add(check, Outcome.PASS, reason);
        }

        void warn(Check check, String reason) {
            add(check, Outcome.WARN, reason);
        }

        void fail(Check check, String reason) {
            add(check, Outcome.FAIL, reason);
        }

        boolean hasFailed(Check check) {
            return found.containsKey(check) && found.get(check).containsKey(Outcome.FAIL);
        }

        private void add(Check check, Outcome outcome, String reason) {
            found.computeIfAbsent(check, c -> new EnumMap<>(Outcome.class))
                    .computeIfAbsent(outcome, o -> new LinkedHashSet<>()).add(clean(reason));
        }

        List<Row> build() {
            List<Row> rows = new ArrayList<>();
            for (Check check : Check.values()) {
                Map<Outcome, Set<String>> outcomes = found.get(check);
                if (outcomes == null || outcomes.isEmpty()) {
                    rows.add(new Row(check, Outcome.FAIL, "not checked"));
                    continue;
                }
                Outcome worst = outcomes.keySet().stream().max(Enum::compareTo).orElseThrow();
                rows.add(new Row(check, worst, String.join("; ", outcomes.get(worst))));
            }
            return rows;
        }
    }

    /** One verification: the rows found, and the keys and lists looked up, each once. */
    private final class Run {

        private final String email;
        private final Rows rows = new Rows();
        private final Map<String, Optional<KnownKey>> foundKeys = new HashMap<>();
        private final Map<String, StatusListAnswer> fetchedLists = new HashMap<>();
        private final Map<String, ListCheck> checkedLists = new HashMap<>();
        private final Instant now = clock.instant();

        Run(String email) {
            this.email = email;
        }

        /** Every check of a readable credential; {@code jws} and {@code compact} when it came as a JWT. */
        VerificationReport check(Format format, JsonObject credential, JWSObject jws, String compact) {
            String issuer = CredentialFields.issuerId(credential);
            structure(credential);
            contexts(credential);
            boolean termsChecked = false;
            if (jws != null) {
                jwtProof(jws, compact, issuer);
            }
            if (jws == null || credential.containsKey("proof")) {
                termsChecked = dataIntegrityProof(credential, issuer);
            }
            if (!termsChecked) {
                terms(credential);
            }
            validity(credential);
            status(credential, issuer, !rows.hasFailed(Check.PROOF));
            recipient(credential);
            rows.pass(Check.STRUCTURE, "an Open Badges 3.0 credential with everything the standard requires");
            rows.pass(Check.CONTEXTS, "its contexts are all ones the portal holds, and they define every term it uses");
            return new VerificationReport(format, credential, rows.build());
        }

        // --- structure ---

        private void structure(JsonObject credential) {
            List<String> problems = new ArrayList<>();
            contextShape(credential, problems);
            List<String> types = CredentialFields.types(credential);
            if (!types.contains("VerifiableCredential")) {
                problems.add("its type does not include VerifiableCredential");
            }
            if (!types.contains("OpenBadgeCredential") && !types.contains("AchievementCredential")) {
                problems.add("its type includes neither OpenBadgeCredential nor AchievementCredential");
            }
            if (credential.containsKey("id") && !isUri(text(credential, "id"))) {
                problems.add("its id is not a URI");
            }
            issuerShape(credential.get("issuer"), problems);
            dateShape(credential, CredentialFields.validFromName(credential), true, problems);
            dateShape(credential, CredentialFields.validUntilName(credential), false, problems);
            subjectShape(credential.get("credentialSubject"), problems);
            problems.forEach(problem -> rows.fail(Check.STRUCTURE, problem));
        }

        private void contextShape(JsonObject credential, List<String> problems) {
            JsonValue contexts = credential.get("@context");
            if (!(contexts instanceof JsonArray list) || list.isEmpty()) {
                problems.add("its @context is not a list of contexts");
                return;
            }
            if (!(list.get(0) instanceof JsonString first) || !first.getString().equals(BundledContexts.CREDENTIALS_V2)
                    && !first.getString().equals(BundledContexts.CREDENTIALS_V1)) {
                problems.add("its first @context is not " + BundledContexts.CREDENTIALS_V2);
            }
            if (list.stream().noneMatch(c -> c instanceof JsonString url
                    && OPEN_BADGES_CONTEXTS.contains(url.getString()))) {
                problems.add("its @context names no Open Badges 3.0 context");
            }
        }

        private void issuerShape(JsonValue issuer, List<String> problems) {
            if (issuer == null) {
                problems.add("it names no issuer");
            } else if (issuer instanceof JsonString id) {
                if (!isUri(id.getString())) {
                    problems.add("its issuer is not a URI");
                }
            } else if (issuer instanceof JsonObject profile) {
                if (!profile.containsKey("id")) {
                    problems.add("its issuer has no id");
                } else if (!isUri(text(profile, "id"))) {
                    problems.add("its issuer's id is not a URI");
                }
                if (!hasType(profile, "Profile")) {
                    problems.add("its issuer's type does not include Profile");
                }
            } else {
                problems.add("its issuer is neither a URI nor a profile");
            }
        }

        private void dateShape(JsonObject credential, String name, boolean required, List<String> problems) {
            JsonValue value = credential.get(name);
            if (value == null) {
                if (required) {
                    problems.add("it has no " + name);
                }
            } else if (!(value instanceof JsonString date) || CredentialFields.instant(date.getString()).isEmpty()) {
                problems.add("its " + name + " is not a date and time with a time zone");
            }
        }

        private void subjectShape(JsonValue value, List<String> problems) {
            if (value == null) {
                problems.add("it has no credentialSubject");
                return;
            }
            if (!(value instanceof JsonObject subject)) {
                problems.add("its credentialSubject is not a single object");
                return;
            }
            JsonValue achievementValue = subject.get("achievement");
            if (!(achievementValue instanceof JsonObject achievement)) {
                problems.add(achievementValue == null ? "its credentialSubject has no achievement"
                        : "its achievement is not an object");
            } else {
                if (!isUri(text(achievement, "id"))) {
                    problems.add(achievement.containsKey("id") ? "its achievement's id is not a URI"
                            : "its achievement has no id");
                }
                if (!hasType(achievement, "Achievement")) {
                    problems.add("its achievement's type does not include Achievement");
                }
                if (text(achievement, "name") == null) {
                    problems.add("its achievement has no name");
                }
                if (!(achievement.get("criteria") instanceof JsonObject)) {
                    problems.add("its achievement has no criteria");
                }
            }
            List<JsonValue> identifiers = items(subject.get("identifier"));
            for (int i = 0; i < identifiers.size(); i++) {
                identifierShape(identifiers.get(i), "its recipient's identifier " + (i + 1), problems);
            }
        }

        private void identifierShape(JsonValue value, String which, List<String> problems) {
            if (!(value instanceof JsonObject identifier)) {
                problems.add(which + " is not an object");
                return;
            }
            if (!hasType(identifier, IdentityHash.TYPE)) {
                problems.add(which + " is not an IdentityObject");
            }
            if (text(identifier, "identityHash") == null) {
                problems.add(which + " has no identityHash");
            }
            if (text(identifier, "identityType") == null) {
                problems.add(which + " has no identityType");
            }
            JsonValue hashed = identifier.get("hashed");
            if (hashed != JsonValue.TRUE && hashed != JsonValue.FALSE) {
                problems.add(which + " does not say whether it is hashed");
            }
        }

        // --- contexts ---

        private void contexts(JsonObject credential) {
            List<JsonValue> contexts = items(credential.get("@context"));
            if (contexts.isEmpty()) {
                rows.fail(Check.CONTEXTS, "the credential names no context");
            }
            Set<String> known = BundledContexts.instance().urls();
            for (JsonValue context : contexts) {
                if (!(context instanceof JsonString url)) {
                    rows.fail(Check.CONTEXTS, "a context written into the credential itself is not accepted");
                } else if (!known.contains(url.getString())) {
                    rows.fail(Check.CONTEXTS, "the context " + quote(url.getString()) + " is not one the portal knows");
                }
            }
        }

        /** Whether every term is defined, for a credential whose proof did not get as far as finding out. */
        private void terms(JsonObject credential) {
            JsonObject document = Json.createObjectBuilder(credential).remove("proof").build();
            try {
                RdfCanonicalForm.of(document);
            } catch (UnreadableCredentialException e) {
                rows.fail(e.getReason() == UnreadableCredentialException.Reason.INVALID ? Check.STRUCTURE
                        : Check.CONTEXTS, "the credential cannot be read: " + e.getMessage());
            } catch (RuntimeException e) {
                rows.fail(Check.CONTEXTS, "the credential cannot be read as JSON-LD");
            }
        }

        // --- proofs and keys ---

        /** The embedded proof; answers whether canonicalisation ran, so that undefined terms were looked for. */
        private boolean dataIntegrityProof(JsonObject credential, String issuer) {
            JsonObject proof = singleProof(credential);
            String method = text(proof, "verificationMethod");
            ProofVerification verification;
            try {
                verification = EddsaRdfc2022.verify(credential, m -> key(m).map(KnownKey::key));
            } catch (RuntimeException e) {
                rows.fail(Check.PROOF, "the proof could not be checked: the credential cannot be read as JSON-LD");
                rows.fail(Check.ISSUER_KEY, "not checked: the credential cannot be read as JSON-LD");
                return true;
            }
            boolean keyFound = method != null && key(method).isPresent();
            for (Problem problem : verification.problems()) {
                switch (problem.check()) {
                    case STRUCTURE -> rows.fail(Check.STRUCTURE, problem.reason());
                    case CONTEXTS -> rows.fail(Check.CONTEXTS, problem.reason());
                    case KEY -> {
                        if (keyFound) {
                            rows.fail(Check.ISSUER_KEY, problem.reason());
                        }
                    }
                    case SIGNATURE -> rows.fail(Check.PROOF, problem.reason());
                }
            }
            if (verification.isVerified()) {
                rows.pass(Check.PROOF, "the " + EddsaRdfc2022.CRYPTOSUITE
                        + " proof matches: the credential has not been changed since it was signed");
            } else if (!verification.hasFailed(ProofVerification.Check.SIGNATURE)) {
                rows.fail(Check.PROOF, "the " + EddsaRdfc2022.CRYPTOSUITE + " proof could not be checked: "
                        + verification.problems().stream().map(Problem::reason).collect(Collectors.joining("; ")));
            }
            if (proof == null) {
                rows.fail(Check.ISSUER_KEY, credential.containsKey("proof")
                        ? "not checked: the credential does not have exactly one proof"
                        : "not checked: the credential has no proof");
            } else if (method == null) {
                rows.fail(Check.ISSUER_KEY, "not checked: the proof names no verification method");
            } else {
                issuerKey(method, issuer);
            }
            return verification.problems().stream().allMatch(p -> p.check() == ProofVerification.Check.SIGNATURE);
        }

        private void jwtProof(JWSObject jws, String compact, String issuer) {
            JWSHeader header = jws.getHeader();
            String kid = header.getKeyID();
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
                rows.fail(Check.PROOF, "the JWT is signed with " + quote(String.valueOf(header.getAlgorithm()))
                        + "; the portal checks RS256 signatures only");
            } else if (kid == null) {
                String reason = header.getJWK() != null
                        ? "the key is not bound to the issuer: the JWT carries a key of its own (jwk) instead of "
                        + "naming one the issuer publishes (kid)"
                        : "the JWT names no key (kid)";
                rows.fail(Check.PROOF, reason);
                rows.fail(Check.ISSUER_KEY, reason);
                return;
            }
            if (kid == null) {
                rows.fail(Check.ISSUER_KEY, "not checked: the JWT names no key (kid)");
                return;
            }
            issuerKey(kid, issuer);
            if (rows.hasFailed(Check.PROOF)) {
                return;
            }
            Optional<KnownKey> found = key(kid);
            if (found.isEmpty()) {
                rows.fail(Check.PROOF, "the JWT's signature could not be checked: no key is known for " + quote(kid));
                return;
            }
            if (!(found.get().key() instanceof RSAPublicKey rsa)) {
                rows.fail(Check.ISSUER_KEY, "the key " + quote(kid) + " is not an RSA key, which an RS256 JWT needs");
                rows.fail(Check.PROOF, "the JWT's signature could not be checked: its key is not an RSA key");
                return;
            }
            ProofVerification verification = VcJwt.verify(compact, rsa);
            for (Problem problem : verification.problems()) {
                switch (problem.check()) {
                    case STRUCTURE -> rows.fail(Check.STRUCTURE, problem.reason());
                    case CONTEXTS -> rows.fail(Check.CONTEXTS, problem.reason());
                    case KEY -> {
                        rows.fail(Check.ISSUER_KEY, problem.reason());
                        rows.fail(Check.PROOF, "the JWT's signature could not be checked: " + problem.reason());
                    }
                    case SIGNATURE -> rows.fail(Check.PROOF, problem.reason());
                }
            }
            if (!verification.hasFailed(ProofVerification.Check.SIGNATURE)
                    && !verification.hasFailed(ProofVerification.Check.KEY)) {
                rows.pass(Check.PROOF, "the JWT's RS256 signature matches: the credential has not been changed "
                        + "since it was signed");
            }
        }

        /** Whether the key named is the issuer's, and in good standing. */
        private void issuerKey(String method, String issuer) {
            Optional<KnownKey> found = key(method);
            if (found.isEmpty()) {
                rows.fail(Check.ISSUER_KEY, "no key is known for " + quote(method));
                return;
            }
            KnownKey known = found.get();
            if (issuer == null) {
                rows.fail(Check.ISSUER_KEY, "not checked: the credential names no issuer");
            } else if (!known.controller().equals(issuer)) {
                rows.fail(Check.ISSUER_KEY, "the key " + quote(method) + " is not the issuer's: it belongs to "
                        + quote(known.controller()));
            } else if (known.state() == KeyState.COMPROMISED) {
                rows.fail(Check.ISSUER_KEY, "the issuer has marked the key as compromised");
            } else if (known.state() == KeyState.RETIRED) {
                rows.pass(Check.ISSUER_KEY, "signed with a retired key that still verifies its earlier credentials");
            } else {
                rows.pass(Check.ISSUER_KEY, "signed with a key of the issuer");
            }
        }

        /** The key a verification method names, looked up once: the caller's {@link Keys}, then did:key. */
        private Optional<KnownKey> key(String method) {
            if (method == null) {
                return Optional.empty();
            }
            return foundKeys.computeIfAbsent(method, this::lookUp);
        }

        private Optional<KnownKey> lookUp(String method) {
            Optional<KnownKey> found;
            try {
                found = keys.find(method);
            } catch (RuntimeException e) {
                found = null;
            }
            if (found != null && found.isPresent()) {
                return found;
            }
            int fragment = method.indexOf('#');
            String did = fragment < 0 ? method : method.substring(0, fragment);
            return DidKey.resolve(method).map(key -> new KnownKey(key, did, KeyState.ACTIVE));
        }

        // --- validity ---

        private void validity(JsonObject credential) {
            String fromName = CredentialFields.validFromName(credential);
            String untilName = CredentialFields.validUntilName(credential);
            JsonValue fromValue = credential.get(fromName);
            JsonValue untilValue = credential.get(untilName);
            Optional<Instant> from = fromValue instanceof JsonString text
                    ? CredentialFields.instant(text.getString()) : Optional.empty();
            Optional<Instant> until = untilValue instanceof JsonString text
                    ? CredentialFields.instant(text.getString()) : Optional.empty();
            if (fromValue == null) {
                rows.fail(Check.VALIDITY, "it does not say from when it is valid (" + fromName + ")");
            } else if (from.isEmpty()) {
                rows.fail(Check.VALIDITY, "its " + fromName + " is not a date and time with a time zone");
            } else if (from.get().isAfter(now)) {
                rows.fail(Check.VALIDITY, "not valid until " + describe(from.get(), clock));
            }
            if (untilValue != null && until.isEmpty()) {
                rows.fail(Check.VALIDITY, "its " + untilName + " is not a date and time with a time zone");
            } else if (until.isPresent() && now.isAfter(until.get())) {
                rows.fail(Check.VALIDITY, "expired on " + describe(until.get(), clock));
            } else if (until.isPresent() && from.isPresent() && until.get().isBefore(from.get())) {
                rows.fail(Check.VALIDITY, "it ends (" + untilName + ") before it begins (" + fromName + ")");
            }
            if (from.isPresent()) {
                rows.pass(Check.VALIDITY, "valid from " + describe(from.get(), clock)
                        + until.map(u -> " until " + describe(u, clock)).orElse(", with no end date"));
            }
        }

        // --- status ---

        /** Revocation and suspension; the lists are fetched only for a credential whose proof holds. */
        private void status(JsonObject credential, String issuer, boolean proofHolds) {
            List<JsonValue> entries = items(credential.get("credentialStatus"));
            if (entries.isEmpty()) {
                rows.pass(Check.STATUS, "the issuer publishes no status for this credential");
                return;
            }
            if (!proofHolds) {
                rows.warn(Check.STATUS, "not checked: the proof does not hold, so the status the credential "
                        + "points to cannot be trusted");
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                if (i == MAXIMUM_STATUS_ENTRIES) {
                    rows.warn(Check.STATUS, "the credential has more than " + MAXIMUM_STATUS_ENTRIES
                            + " status entries; the others were not checked");
                    return;
                }
                statusEntry(entries.get(i), issuer);
            }
        }

        private void statusEntry(JsonValue value, String issuer) {
            if (!(value instanceof JsonObject entry)) {
                rows.fail(Check.STATUS, "a status entry is not an object");
                return;
            }
            if (!hasType(entry, "BitstringStatusListEntry")) {
                rows.warn(Check.STATUS, "a status entry of type " + quote(String.join(", ",
                        CredentialFields.types(entry))) + " is not one the portal can check");
                return;
            }
            String purpose = text(entry, "statusPurpose");
            if (purpose == null) {
                rows.fail(Check.STATUS, "a status entry has no statusPurpose");
                return;
            }
            if (!purpose.equals(REVOCATION) && !purpose.equals(SUSPENSION)) {
                rows.warn(Check.STATUS, "a status entry for " + quote(purpose) + " is not one the portal checks");
                return;
            }
            String index = text(entry, "statusListIndex");
            if (index == null || index.isEmpty() || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
                rows.fail(Check.STATUS, "the " + purpose + " entry's statusListIndex is not a number written as text");
                return;
            }
            String url = text(entry, "statusListCredential");
            if (!isUri(url)) {
                rows.fail(Check.STATUS, "the " + purpose + " entry names no status list (statusListCredential)");
                return;
            }
            JsonValue statusSize = entry.get("statusSize");
            if (statusSize != null && !(statusSize instanceof JsonNumber number && number.isIntegral()
                    && number.intValue() == 1)) {
                rows.warn(Check.STATUS, "the " + purpose + " entry uses more than one bit, which the portal does "
                        + "not check");
                return;
            }
            ListCheck list = statusList(url, purpose, issuer);
            if (list.problem() != null) {
                rows.warn(Check.STATUS, "could not check " + purpose + ": " + list.problem());
                return;
            }
            String digits = index.replaceFirst("^0+(?=.)", "");
            int listSize = list.list().size();
            if (digits.length() > 10 || Long.parseLong(digits) >= listSize) {
                rows.fail(Check.STATUS, "the " + purpose + " entry's index " + quote(index)
                        + " is beyond the end of the status list (" + listSize + " entries)");
            } else if (list.list().isSet(Integer.parseInt(digits))) {
                rows.fail(Check.STATUS, purpose.equals(REVOCATION) ? "revoked by the issuer"
                        : "suspended by the issuer");
            } else {
                rows.pass(Check.STATUS, purpose.equals(REVOCATION) ? "not revoked by the issuer"
                        : "not suspended by the issuer");
            }
        }

        /** The list at {@code url}, fetched once and checked once for each purpose. */
        private ListCheck statusList(String url, String purpose, String issuer) {
            return checkedLists.computeIfAbsent(purpose + " " + url, k -> {
                StatusListAnswer answer = fetchedLists.computeIfAbsent(url, this::fetch);
                if (answer instanceof StatusListAnswer.Found found) {
                    return checkList(found.credential(), purpose, issuer);
                }
                String reason = ((StatusListAnswer.Unavailable) answer).reason();
                return ListCheck.problem(reason.isBlank() ? "the status list could not be fetched" : reason);
            });
        }

        private StatusListAnswer fetch(String url) {
            try {
                StatusListAnswer answer = statusLists.fetch(url);
                return answer == null ? new StatusListAnswer.Unavailable("the status list could not be fetched")
                        : answer;
            } catch (RuntimeException e) {
                return new StatusListAnswer.Unavailable("the status list could not be fetched");
            }
        }

        /** A status list credential must be the issuer's, signed by it, for this purpose and current. */
        private ListCheck checkList(JsonObject list, String purpose, String issuer) {
            if (!hasType(list, "BitstringStatusListCredential")) {
                return ListCheck.problem("the status list is not a BitstringStatusListCredential");
            }
            String listIssuer = CredentialFields.issuerId(list);
            if (issuer == null || !issuer.equals(listIssuer)) {
                return ListCheck.problem("the status list was not published by the credential's issuer");
            }
            JsonObject subject = object(list, "credentialSubject");
            if (!hasType(subject, "BitstringStatusList")) {
                return ListCheck.problem("the status list's subject is not a BitstringStatusList");
            }
            if (items(subject.get("statusPurpose")).stream()
                    .noneMatch(p -> p instanceof JsonString s && s.getString().equals(purpose))) {
                return ListCheck.problem("the status list is not one for " + purpose);
            }
            String untilName = CredentialFields.validUntilName(list);
            if (list.containsKey(untilName)) {
                Optional<Instant> until = CredentialFields.instant(text(list, untilName));
                if (until.isEmpty()) {
                    return ListCheck.problem("the status list's " + untilName + " is not a date and time");
                }
                if (now.isAfter(until.get())) {
                    return ListCheck.problem("the status list expired on " + describe(until.get(), clock));
                }
            }
            ProofVerification verification;
            try {
                verification = EddsaRdfc2022.verify(list, m -> key(m).map(KnownKey::key));
            } catch (RuntimeException e) {
                return ListCheck.problem("the status list cannot be read as JSON-LD");
            }
            if (!verification.isVerified()) {
                return ListCheck.problem("the status list's proof does not hold ("
                        + verification.problems().get(0).reason() + ")");
            }
            Optional<KnownKey> key = key(text(singleProof(list), "verificationMethod"));
            if (key.isEmpty() || !key.get().controller().equals(listIssuer)) {
                return ListCheck.problem("the status list is not signed with a key of the issuer");
            }
            if (key.get().state() == KeyState.COMPROMISED) {
                return ListCheck.problem("the status list is signed with a key the issuer has marked as compromised");
            }
            try {
                return new ListCheck(BitstringStatusList.decode(text(subject, "encodedList")), null);
            } catch (IllegalArgumentException e) {
                return ListCheck.problem("the status list cannot be decoded: " + e.getMessage());
            }
        }

        // --- recipient ---

        private void recipient(JsonObject credential) {
            if (email == null || email.isBlank()) {
                rows.warn(Check.RECIPIENT, "no email was given to check");
                return;
            }
            JsonObject subject = object(credential, "credentialSubject");
            boolean namesAnEmail = false;
            for (JsonValue value : subject == null ? List.<JsonValue>of() : items(subject.get("identifier"))) {
                if (!(value instanceof JsonObject identifier)
                        || !IdentityHash.EMAIL.equals(text(identifier, "identityType"))) {
                    continue;
                }
                namesAnEmail = true;
                String identity = text(identifier, "identityHash");
                JsonValue hashed = identifier.get("hashed");
                boolean matches = hashed == JsonValue.TRUE
                        ? IdentityHash.matches(identity, text(identifier, "salt"), email)
                        : hashed == JsonValue.FALSE && identity != null
                        && identity.trim().equalsIgnoreCase(email.trim());
                if (matches) {
                    rows.pass(Check.RECIPIENT, "issued to this email");
                    return;
                }
            }
            if (namesAnEmail) {
                rows.fail(Check.RECIPIENT, "the credential was not issued to this email");
            } else {
                rows.warn(Check.RECIPIENT, "the credential does not name its recipient by an email address");
            }
        }
    }

    /** A status list that could be used, or why not. */
    private record ListCheck(BitstringStatusList list, String problem) {

        static ListCheck problem(String problem) {
            return new ListCheck(null, problem);
        }
    }
}
