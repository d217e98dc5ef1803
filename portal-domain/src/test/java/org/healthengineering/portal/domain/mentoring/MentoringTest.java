package org.healthengineering.portal.domain.mentoring;

import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentoringTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void mentorsAreRankedByHowWellTheyCoverTheGaps() {
        List<MentorRanking.Gap> gaps = List.of(new MentorRanking.Gap(1, 3, "A"), new MentorRanking.Gap(2, 4, "B"));
        MentorRanking.Candidate full = new MentorRanking.Candidate(10, "Fay", "North", 1, Map.of(1L, 4, 2L, 4));
        MentorRanking.Candidate partly = new MentorRanking.Candidate(11, "Pat", "North", 3, Map.of(1L, 3, 2L, 2));
        MentorRanking.Candidate one = new MentorRanking.Candidate(12, "Olu", "South", 5, Map.of(2L, 5));
        MentorRanking.Candidate none = new MentorRanking.Candidate(13, "Nia", "South", 5, Map.of(3L, 5));
        MentorRanking.Candidate busy = new MentorRanking.Candidate(14, "Bo", "South", 0, Map.of(1L, 5, 2L, 5));
        List<MentorRanking.Suggestion> ranked = MentorRanking.rank(gaps, List.of(none, one, partly, busy, full));
        // Fay 2/2 = 100 %; Pat (1 + ½)/2 = 75 %; Olu 1/2 = 50 %; Nia covers nothing and Bo is full.
        assertEquals(List.of("Fay", "Pat", "Olu"), ranked.stream().map(s -> s.mentor().name()).toList());
        assertEquals(List.of(100, 75, 50), ranked.stream().map(MentorRanking.Suggestion::percent).toList());
        assertTrue(ranked.get(1).explanation().contains("B (partly: mentor at level 2, role needs 4)"),
                ranked.get(1).explanation());
        assertTrue(ranked.get(2).explanation().endsWith("Not: A."), ranked.get(2).explanation());
        // Equal coverage: more free places first.
        MentorRanking.Candidate roomy = new MentorRanking.Candidate(15, "Ann", "East", 4, Map.of(1L, 4, 2L, 4));
        assertEquals("Ann", MentorRanking.rank(gaps, List.of(full, roomy)).get(0).mentor().name());
    }

    @Test
    void theRelationshipMovesFromRequestToActiveToClosed() {
        Mentoring m = Mentoring.request(1, 2, "CHE", "Please", NOW);
        assertThrows(NotFoundException.class, () -> m.accept(1, NOW), "only the mentor accepts");
        m.accept(2, NOW);
        assertTrue(m.isActive());
        assertThrows(ConflictException.class, () -> m.decline(2, NOW));
        m.close(1, NOW);
        assertEquals(MentoringStatus.CLOSED, m.getStatus());
        assertThrows(ConflictException.class, () -> m.close(2, NOW));
        assertThrows(InvalidInputException.class, () -> Mentoring.request(3, 3, null, null, NOW));
        Mentoring withdrawn = Mentoring.request(1, 2, null, null, NOW);
        withdrawn.close(1, NOW);
        assertEquals(MentoringStatus.CLOSED, withdrawn.getStatus());
    }

    @Test
    void privateNotesAreOnlyEverReadByTheirAuthor() {
        MentoringMeeting meeting = new MentoringMeeting(7, LocalDate.of(2026, 11, 20), "Agreed the plan",
                "She seems anxious about audits", 2, LocalDate.of(2026, 11, 21), NOW);
        meeting.writePrivateNote(1, "Ask about the audit");
        assertEquals("She seems anxious about audits", meeting.privateNoteOf(2).orElseThrow());
        assertEquals("Ask about the audit", meeting.privateNoteOf(1).orElseThrow());
        assertTrue(meeting.privateNoteOf(3).isEmpty());
        assertThrows(InvalidInputException.class, () -> new MentoringMeeting(7, LocalDate.of(2026, 11, 22), "x",
                null, 2, LocalDate.of(2026, 11, 21), NOW), "not in the future");
    }

    @Test
    void verifiersMoreThanOneLevelApartDisagree() {
        CompetencyAssessment self = CompetencyAssessment.self(1, 5, 3, null, null, null, Set.of(), NOW);
        CompetencyAssessment mentor = CompetencyAssessment.verified(1, 5, 3, 3, AssessmentSource.MENTOR, 2, null, NOW);
        CompetencyAssessment assessorEarlier = CompetencyAssessment.verified(1, 5, 1, 3, AssessmentSource.ASSESSOR, 9,
                "Could not show the evidence", NOW.minusSeconds(60));
        CompetencyAssessment assessorLater = CompetencyAssessment.verified(1, 5, 2, 3, AssessmentSource.ASSESSOR, 9,
                "Evidence for most of it", NOW.plusSeconds(60));
        assertFalse(VerificationAgreement.disagree(List.of(self, mentor)), "one verifier cannot disagree");
        assertTrue(VerificationAgreement.disagree(List.of(self, mentor, assessorEarlier)), "3 against 1");
        assertFalse(VerificationAgreement.disagree(List.of(self, mentor, assessorEarlier, assessorLater)),
                "the assessor's latest word (2) is within one level of the mentor's (3)");
        assertThrows(InvalidInputException.class, () -> CompetencyAssessment.verified(1, 5, 2, 3,
                AssessmentSource.MENTOR, 2, " ", NOW), "a different level needs a reason");
    }
}
