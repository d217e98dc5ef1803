package org.healthengineering.portal.domain.recognition;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.healthengineering.portal.domain.recognition.Fixtures.ADMIN;
import static org.healthengineering.portal.domain.recognition.Fixtures.NOW;
import static org.healthengineering.portal.domain.recognition.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterEntryTest {

    private static final LocalDate AWARDED = LocalDate.of(2026, 4, 1);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2031, 4, 1);

    private final RecognitionScheme scheme = Fixtures.scheme(false);

    private RecognitionApplication decided(RecognitionOutcome outcome) {
        RecognitionApplication application = Fixtures.withPanel(scheme);
        application.decide(scheme, new RecognitionApplication.Decision(outcome,
                outcome == RecognitionOutcome.AWARD ? AWARDED : null, "Noted."), ADMIN, AWARDED, NOW);
        return application;
    }

    @Test
    void anAwardAppearsOnlyWithTheApplicantsConsentWhichMayBeWithdrawnAtAnyTime() {
        RecognitionApplication application = decided(RecognitionOutcome.AWARD);
        assertEquals(Optional.empty(), RegisterEntry.listed(application, AWARDED), "no consent by default");
        application.consentToRegister(true, NOW);
        assertEquals(Optional.of(AwardStatus.CURRENT), RegisterEntry.listed(application, AWARDED));
        RegisterEntry entry = RegisterEntry.of(application, scheme, "Ada Lovelace", "Institute of Healthcare "
                + "Engineering", AWARDED).orElseThrow();
        assertEquals(new RegisterEntry("Ada Lovelace", "Chief Healthcare Engineer (recognised)", "CHE(R)",
                "Institute of Healthcare Engineering", AWARDED, AwardStatus.CURRENT), entry);
        application.consentToRegister(false, NOW);
        assertEquals(Optional.empty(), RegisterEntry.of(application, scheme, "Ada Lovelace", "IHE", AWARDED));
    }

    @Test
    void aLapsedAwardAppearsAsLapsedWhileConsentStands() {
        RecognitionApplication application = decided(RecognitionOutcome.AWARD);
        application.consentToRegister(true, NOW);
        assertEquals(Optional.of(AwardStatus.CURRENT), RegisterEntry.listed(application, VALID_UNTIL),
                "valid to the end of its last day");
        assertEquals(Optional.of(AwardStatus.LAPSED), RegisterEntry.listed(application, VALID_UNTIL.plusDays(1)));
        application.consentToRegister(false, NOW);
        assertEquals(Optional.empty(), RegisterEntry.listed(application, VALID_UNTIL.plusDays(1)));
    }

    @Test
    void anAwardTheBodyRemovedAppearsAsRemovedWhileConsentStands() {
        RecognitionApplication application = decided(RecognitionOutcome.AWARD);
        application.consentToRegister(true, NOW);
        assertThrows(InvalidInputException.class, () -> application.removeFromRegister(" ", ADMIN, AWARDED, NOW));
        application.removeFromRegister("Struck off for misconduct.", ADMIN, AWARDED.plusDays(10), NOW);
        assertEquals(Optional.of(AwardStatus.REMOVED), RegisterEntry.listed(application, AWARDED.plusDays(10)));
        assertEquals(Optional.of(AwardStatus.REMOVED), RegisterEntry.listed(application, VALID_UNTIL.plusDays(1)),
                "removed outranks lapsed");
        assertThrows(ConflictException.class, () -> application.removeFromRegister("Again.", ADMIN, AWARDED, NOW));
        application.consentToRegister(false, NOW);
        assertEquals(Optional.empty(), RegisterEntry.listed(application, AWARDED.plusDays(10)));
    }

    @Test
    void nothingButAnAwardAppearsEvenWithConsent() {
        for (RecognitionOutcome outcome : List.of(RecognitionOutcome.DEFER, RecognitionOutcome.REFUSE)) {
            RecognitionApplication application = decided(outcome);
            application.consentToRegister(true, NOW);
            assertEquals(Optional.empty(), RegisterEntry.listed(application, AWARDED), outcome.name());
            assertThrows(ConflictException.class, () -> application.removeFromRegister("Why?", ADMIN, AWARDED, NOW));
        }
        RecognitionApplication draft = Fixtures.readyDraft(scheme);
        draft.consentToRegister(true, NOW);
        assertEquals(Optional.empty(), RegisterEntry.listed(draft, TODAY), "consent given early waits for an award");
    }

    @Test
    void theRegisterHoldsNoEmailOrAccount() {
        List<String> components = Arrays.stream(RegisterEntry.class.getRecordComponents())
                .map(RecordComponent::getName).map(n -> n.toLowerCase(Locale.ROOT)).toList();
        assertFalse(components.stream().anyMatch(n -> n.contains("mail") || n.contains("account")
                || n.contains("id")), components.toString());
        assertTrue(components.contains("name"));
    }
}
