package org.healthengineering.portal.domain.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD contexts the portal understands, shipped in the jar ({@code contexts/README.md} beside this class names
 * where each file comes from). Titanium asks this loader for every context a credential names; an exact URL match
 * is answered from the bundle, anything else fails as an unknown context. Nothing is ever downloaded: a credential
 * whose meaning depends on a context we do not hold cannot be checked, so it does not verify.
 * <p>
 * Each file is parsed once, when the class loads; the parsed documents are immutable and shared by all threads.
 */
public final class BundledContexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String OPEN_BADGES_3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OPEN_BADGES_3_0_2 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json";
    public static final String OPEN_BADGES_3_0_1 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json";

    /** URL → file in {@code contexts/}, beside this class. */
    static final Map<String, String> FILES = Map.of(
            CREDENTIALS_V2, "credentials-v2.jsonld",
            CREDENTIALS_V1, "credentials-v1.jsonld",
            DATA_INTEGRITY_V2, "data-integrity-v2.jsonld",
            OPEN_BADGES_3_0_3, "ob-v3p0-context-3.0.3.json",
            OPEN_BADGES_3_0_2, "ob-v3p0-context-3.0.2.json",
            OPEN_BADGES_3_0_1, "ob-v3p0-context-3.0.1.json");

    private static final BundledContexts INSTANCE = new BundledContexts();

    private final Map<String, Document> documents;

    private BundledContexts() {
        Map<String, Document> parsed = new LinkedHashMap<>();
        FILES.forEach((url, file) -> parsed.put(url, parse(url, file)));
        this.documents = Map.copyOf(parsed);
    }

    public static BundledContexts instance() {
        return INSTANCE;
    }

    /** The URLs this loader answers. */
    public Set<String> urls() {
        return documents.keySet();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "unknown context: " + url);
        }
        return document;
    }

    private static Document parse(String url, String file) {
        try (InputStream in = BundledContexts.class.getResourceAsStream("contexts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the context " + file + " is missing from the domain jar");
            }
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("the bundled context " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
