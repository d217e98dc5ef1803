package org.healthengineering.portal.domain.accreditation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.healthengineering.portal.domain.accreditation.CourseStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseStatusTest {

    @Test
    void theAccreditationPathAndItsReturns() {
        assertTrue(DRAFT.mayBecome(SUBMITTED));
        assertTrue(SUBMITTED.mayBecome(UNDER_REVIEW), "after the administrative check");
        assertTrue(SUBMITTED.mayBecome(DRAFT), "the administrative check sends it back");
        for (CourseStatus decision : new CourseStatus[]{APPROVED, APPROVED_WITH_CONDITIONS, RESUBMIT, REFUSED}) {
            assertTrue(UNDER_REVIEW.mayBecome(decision), decision.name());
        }
        assertTrue(APPROVED_WITH_CONDITIONS.mayBecome(APPROVED), "conditions signed off");
        assertTrue(APPROVED.mayBecome(UNDER_REVIEW), "a change notice goes back to review");
        assertTrue(REFUSED.mayBecome(UNDER_REVIEW), "an appeal upheld");
        assertTrue(RESUBMIT.mayBecome(SUBMITTED));
    }

    @Test
    void noShortCutsAndNoWayBackFromTheEnd() {
        assertFalse(DRAFT.mayBecome(APPROVED), "no approval without review");
        assertFalse(SUBMITTED.mayBecome(APPROVED));
        assertFalse(REFUSED.mayBecome(APPROVED), "an appeal is reviewed again");
        Arrays.stream(values()).forEach(next -> {
            assertFalse(WITHDRAWN.mayBecome(next), "withdrawn is final: " + next);
            assertFalse(EXPIRED.mayBecome(next), "expired is final: " + next);
        });
        Arrays.stream(values()).forEach(s -> assertFalse(s.mayBecome(s), "no move to itself: " + s));
    }

    @Test
    void onlyDraftsAndResubmissionsAreEditableAndOnlyApprovalsAccredit() {
        assertEquals(2, Arrays.stream(values()).filter(CourseStatus::editableByProvider).count());
        assertTrue(DRAFT.editableByProvider() && RESUBMIT.editableByProvider());
        assertFalse(SUBMITTED.editableByProvider(), "submitted drafts are frozen");
        assertEquals(2, Arrays.stream(values()).filter(CourseStatus::accredited).count());
        assertTrue(APPROVED.accredited() && APPROVED_WITH_CONDITIONS.accredited());
    }
}
