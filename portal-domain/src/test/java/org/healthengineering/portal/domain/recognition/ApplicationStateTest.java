package org.healthengineering.portal.domain.recognition;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationStateTest {

    private static Set<ApplicationState> where(java.util.function.Predicate<ApplicationState> test) {
        return Arrays.stream(ApplicationState.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationState.class)));
    }

    @Test
    void anApplicationIsInProgressFromSubmissionUntilSettledAndOpenFromItsDraft() {
        assertEquals(EnumSet.of(ApplicationState.AWAITING_REFEREES, ApplicationState.UNDER_REVIEW,
                ApplicationState.INTERVIEW_SCHEDULED, ApplicationState.WITH_PANEL, ApplicationState.APPEAL_LODGED),
                where(ApplicationState::inProgress));
        Set<ApplicationState> open = where(ApplicationState::isOpen);
        assertTrue(open.contains(ApplicationState.DRAFT));
        assertFalse(open.contains(ApplicationState.DEFERRED), "a deferred engineer may apply again");
        assertEquals(EnumSet.of(ApplicationState.DRAFT, ApplicationState.AWAITING_REFEREES,
                ApplicationState.UNDER_REVIEW, ApplicationState.INTERVIEW_SCHEDULED, ApplicationState.WITH_PANEL),
                where(ApplicationState::withdrawable));
        assertEquals(EnumSet.of(ApplicationState.DEFERRED, ApplicationState.REFUSED),
                where(ApplicationState::appealable));
    }

    @Test
    void everyStateHasWordsForAPerson() {
        for (ApplicationState state : ApplicationState.values()) {
            assertFalse(state.phrase().isBlank() || state.phrase().contains("_"), state.name());
            assertFalse(state.getLabel().isBlank() || state.getLabel().equals(state.name()), state.name());
        }
    }
}
