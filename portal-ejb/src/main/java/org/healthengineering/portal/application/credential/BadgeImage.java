package org.healthengineering.portal.application.credential;

import org.healthengineering.portal.domain.credential.BakedPng;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The portal's badge image (a plain cross in a ring), and credentials baked into it as Open Badges PNGs. */
public final class BadgeImage {

    private static final byte[] IMAGE = load();

    private BadgeImage() {
    }

    /** The badge with the credential (its JSON with the embedded proof) baked in. */
    public static byte[] baked(String credentialJson) {
        return BakedPng.bake(IMAGE, credentialJson);
    }

    private static byte[] load() {
        try (InputStream in = BadgeImage.class.getResourceAsStream("badge.png")) {
            if (in == null) {
                throw new IllegalStateException("badge.png is missing from the portal's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
