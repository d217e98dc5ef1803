package org.healthengineering.portal.domain.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BundledContextsTest {

    /** The published files, unchanged (contexts/README.md names their sources). */
    private static final Map<String, String> SHA_256 = Map.of(
            "credentials-v2.jsonld", "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
            "credentials-v1.jsonld", "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc",
            "data-integrity-v2.jsonld", "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4",
            "ob-v3p0-context-3.0.3.json", "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
            "ob-v3p0-context-3.0.2.json", "00666ad080ba407687ed1846b7f5e7495f5019042b202a727de47c48a1755c53",
            "ob-v3p0-context-3.0.1.json", "d582f3564282fb3b709136d28412e78e70b678b4dbc2f0221f67d84932748355");

    @Test
    void everyBundledFileIsThePublishedOne() throws Exception {
        assertEquals(SHA_256.keySet(), Set.copyOf(BundledContexts.FILES.values()));
        for (Map.Entry<String, String> file : SHA_256.entrySet()) {
            assertEquals(file.getValue(), sha256(file.getKey()), file.getKey());
        }
    }

    @Test
    void everyBundledUrlIsServed() throws JsonLdError {
        for (String url : BundledContexts.instance().urls()) {
            assertNotNull(BundledContexts.instance().loadDocument(URI.create(url), new DocumentLoaderOptions()));
        }
    }

    @Test
    void anyOtherUrlIsAnUnknownContext() {
        JsonLdError refused = assertThrows(JsonLdError.class, () -> BundledContexts.instance()
                .loadDocument(URI.create("https://www.w3.org/ns/credentials/v3"), new DocumentLoaderOptions()));
        assertEquals("unknown context: https://www.w3.org/ns/credentials/v3", refused.getMessage());
    }

    private static String sha256(String file) throws Exception {
        try (InputStream in = BundledContexts.class.getResourceAsStream("contexts/" + file)) {
            assertNotNull(in, file);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
