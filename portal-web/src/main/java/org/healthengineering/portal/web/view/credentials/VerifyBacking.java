package org.healthengineering.portal.web.view.credentials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.healthengineering.portal.application.credential.Verification;
import org.healthengineering.portal.domain.credential.VerificationReport;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The public verification page: a credential pasted (JSON or a JWT), uploaded (a file or a badge image) or named by
 * its address, or one of the portal's own by {@code ?credential=}, checked row by row, with an optional email to
 * check against the recipient's hash.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    @Inject
    Verification verification;

    private String credential;
    private String pasted;
    private String url;
    private String email;
    private transient VerificationReport report;

    public void load() {
        if (credential != null && !credential.isBlank()) {
            report = verification.verifyIssued(credential.strip(), null);
        }
    }

    public void checkPasted() {
        report = verification.verify(pasted == null ? new byte[0] : pasted.strip().getBytes(StandardCharsets.UTF_8),
                email);
        showReport();
    }

    public void checkUrl() {
        report = verification.verifyUrl(url, email);
        showReport();
    }

    public void upload(FileUploadEvent event) {
        report = verification.verify(event.getFile().getContent(), email);
        showReport();
    }

    /** The report comes above the form: bring it into view, as the page was scrolled down to the button. */
    private static void showReport() {
        PrimeFaces.current().scrollTo("report");
    }

    public String getCredential() { return credential; }
    public void setCredential(String credential) { this.credential = credential; }
    public String getPasted() { return pasted; }
    public void setPasted(String pasted) { this.pasted = pasted; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public VerificationReport getReport() { return report; }
}
