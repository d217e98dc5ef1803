package org.healthengineering.portal.domain.recognition;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a body's public register of recognition, as anyone may read it: who (the engineer's name as the
 * portal shows it), what (the scheme and its post-nominal letters), from whom, since when, and where the award
 * stands. Never an email address or any other contact detail.
 *
 * <p>Who appears ({@link #listed}): an application that was awarded, while its applicant consents to the register
 * (no by default; the consent may be withdrawn at any time, and the entry then disappears at once). A lapsed award,
 * or one the body removed, appears with that status, as the Engineering Council's register shows them, and only
 * while the consent stands. Nothing else appears: no draft, refusal, deferral or withdrawn application.
 */
public record RegisterEntry(String name, String schemeName, String postNominal, String bodyName, LocalDate awardedOn,
                            AwardStatus status) implements Serializable {

    /** The status the application appears with on the register on {@code today}; empty when it does not appear. */
    public static Optional<AwardStatus> listed(RecognitionApplication application, LocalDate today) {
        if (!application.isRegisterConsent()) {
            return Optional.empty();
        }
        return application.awardStatus(today);
    }

    /**
     * The application's line on the register on {@code today}, if it appears: {@code name} is the applicant's name
     * and {@code bodyName} the scheme's body's, as the service loaded them.
     */
    public static Optional<RegisterEntry> of(RecognitionApplication application, RecognitionScheme scheme,
                                             String name, String bodyName, LocalDate today) {
        if (!Objects.equals(application.getSchemeId(), scheme.getId())) {
            throw new IllegalArgumentException("Not the application's scheme");
        }
        return listed(application, today).map(status -> new RegisterEntry(name, scheme.getName(),
                scheme.getPostNominal(), bodyName, application.getAwardedOn(), status));
    }
}
