package org.healthengineering.portal.domain.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import org.healthengineering.portal.domain.credential.UnreadableCredentialException.Reason;

import java.io.StringWriter;

/**
 * The RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, as N-Quads: one quad a line, each ending in
 * {@code \n}, which are exactly the bytes an {@code eddsa-rdfc-2022} proof hashes.
 * <p>
 * JSON-LD processing runs in "safe mode": contexts come only from {@link BundledContexts}, and a term that no
 * context defines is an error rather than being silently dropped (a dropped term would not be signed, so a
 * credential could carry claims its proof does not cover). Canonicalisation has a time budget, because a
 * deliberately tangled graph of blank nodes can make RDFC-1.0 run for ever.
 */
public final class RdfCanonicalForm {

    /** Longest canonicalisation allowed, in milliseconds; an honest credential takes about one. */
    static final long TIME_BUDGET_MILLIS = 2_000;

    private RdfCanonicalForm() {
    }

    /**
     * The canonical N-Quads of {@code document}.
     *
     * @throws UnreadableCredentialException when a context is unknown, a term undefined, or the document is not
     *                                       valid JSON-LD
     */
    public static String of(JsonObject document) {
        JsonLdOptions options = new JsonLdOptions(BundledContexts.instance());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(TIME_BUDGET_MILLIS));
        try {
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            StringWriter nquads = new StringWriter();
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError e) {
            throw new UnreadableCredentialException(reasonFor(e.getCode()), describe(e));
        } catch (RdfConsumerException e) {
            throw new UnreadableCredentialException(Reason.INVALID, "cannot be written as N-Quads: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new UnreadableCredentialException(Reason.INVALID,
                    "canonicalisation took longer than " + TIME_BUDGET_MILLIS + " ms and was stopped");
        }
    }

    private static Reason reasonFor(JsonLdErrorCode code) {
        return switch (code) {
            case LOADING_REMOTE_CONTEXT_FAILED, LOADING_DOCUMENT_FAILED -> Reason.UNKNOWN_CONTEXT;
            case UNDEFINED_TERM -> Reason.UNDEFINED_TERM;
            default -> Reason.INVALID;
        };
    }

    private static String describe(JsonLdError e) {
        return switch (reasonFor(e.getCode())) {
            case UNKNOWN_CONTEXT -> "it uses a context the portal does not know (" + e.getMessage() + ")";
            case UNDEFINED_TERM -> "it uses a term that none of its contexts defines (" + e.getMessage() + ")";
            case INVALID -> "it is not valid JSON-LD (" + e.getCode() + ": " + e.getMessage() + ")";
        };
    }
}
