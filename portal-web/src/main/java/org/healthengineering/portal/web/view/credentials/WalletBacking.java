package org.healthengineering.portal.web.view.credentials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.healthengineering.portal.application.credential.BadgeImage;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.application.credential.Verification;
import org.healthengineering.portal.domain.credential.ImportedCredential;
import org.healthengineering.portal.domain.credential.IssuedCredential;
import org.healthengineering.portal.web.view.PageMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An engineer's wallet: every credential they hold (issued the first time they are seen here), each downloadable
 * as JSON-LD, VC-JWT or a baked badge, with a public share link to open or close and a way to see it verified.
 */
@Named
@ViewScoped
public class WalletBacking implements Serializable {

    @Inject
    Credentials credentials;

    @Inject
    PageMessages messages;

    @Inject
    Verification verification;

    private List<Credentials.Held> held = List.of();
    private List<ImportedCredential> imported = List.of();

    public void load() {
        held = credentials.wallet();
        imported = verification.imported();
    }

    /** Imports a credential from another issuer, verified on arrival; the page then lists it with its checks. */
    public void upload(FileUploadEvent event) {
        ImportedCredential added = verification.importCredential(event.getFile().getContent());
        messages.info(added.getHeldQualificationId() != null ? "wallet.done.importedCounts" : "wallet.done.imported",
                added.getAchievementName() == null ? "" : added.getAchievementName());
        imported = verification.imported();
    }

    public void share(long id) {
        Credentials.Held shared = credentials.share(id);
        messages.info("wallet.done.shared", shared.credential().getAchievementName());
        held = credentials.wallet();
    }

    public void portfolio(long id, boolean shown) {
        Credentials.Held changed = credentials.showInPortfolio(id, shown);
        messages.info(shown ? "wallet.done.inPortfolio" : "wallet.done.outOfPortfolio",
                changed.credential().getAchievementName());
        held = credentials.wallet();
    }

    public void unshare(long id) {
        Credentials.Held closed = credentials.unshare(id);
        messages.info("wallet.done.unshared", closed.credential().getAchievementName());
        held = credentials.wallet();
    }

    public StreamedContent json(long id) {
        IssuedCredential c = credentials.mine(id).credential();
        return file(c, ".json", "application/ld+json", c.getDocument().getBytes(StandardCharsets.UTF_8));
    }

    public StreamedContent jwt(long id) {
        IssuedCredential c = credentials.mine(id).credential();
        return file(c, ".jwt", "application/vc+jwt", c.getJwt().getBytes(StandardCharsets.UTF_8));
    }

    public StreamedContent png(long id) {
        IssuedCredential c = credentials.mine(id).credential();
        return file(c, ".png", "image/png", BadgeImage.baked(c.getDocument()));
    }

    private static StreamedContent file(IssuedCredential c, String extension, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name("credential-" + c.getPublicId() + extension).contentType(type)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<Credentials.Held> getHeld() { return held; }
    public List<ImportedCredential> getImported() { return imported; }
}
