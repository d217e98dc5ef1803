package org.healthengineering.portal.domain.leadership;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParityScorecardTest {

    private static LeadershipPost post(long id, PostKind kind, Long reportsTo, BoardSeat seat, String budget,
                                       Integer level, Set<DecisionPower> powers) {
        LeadershipPost post = new LeadershipPost(1, new LeadershipPost.PostDetails(kind.getLabel(), kind, null, null,
                "Band 9", reportsTo, seat, budget == null ? null : new BigDecimal(budget), level, powers));
        try {
            Field field = LeadershipPost.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(post, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return post;
    }

    @Test
    void aLeadWithTheChiefsAuthorityScoresFullParity() {
        Set<DecisionPower> powers = EnumSet.of(DecisionPower.PROCUREMENT_SIGN_OFF, DecisionPower.DEVICE_SAFETY_VETO);
        List<LeadershipPost> posts = List.of(
                post(1, PostKind.CHIEF_EXECUTIVE, null, BoardSeat.VOTING, null, 7, null),
                post(2, PostKind.CHIEF_HEALTHCARE_ENGINEER, 1L, BoardSeat.VOTING, "5000000", 6, powers),
                post(3, PostKind.HEAD_OF_SURGERY, 1L, BoardSeat.VOTING, "5000000", 6, powers),
                post(4, PostKind.CHIEF_NURSE, 1L, BoardSeat.VOTING, "4000000", 6, powers),
                post(5, PostKind.CHIEF_PHARMACIST, 1L, BoardSeat.ATTENDING, "1000000", 5, Set.of()));
        ParityScorecard card = ParityScorecard.of(posts);
        assertEquals(Optional.of(100), card.overall());
        card.comparisons().forEach(c -> assertEquals(Optional.of(100), c.score(), c.chiefKind().name()));
    }

    @Test
    void eachAttributeIsTheLeadsShareOfTheChiefsCappedAtOne() {
        List<LeadershipPost> posts = List.of(
                post(1, PostKind.CHIEF_EXECUTIVE, null, BoardSeat.VOTING, null, 7, null),
                post(2, PostKind.CHIEF_HEALTHCARE_ENGINEER, 6L, BoardSeat.ATTENDING, "1000000", 4,
                        EnumSet.of(DecisionPower.PROCUREMENT_SIGN_OFF)),
                post(6, PostKind.OTHER, 1L, null, null, null, null),
                post(3, PostKind.HEAD_OF_SURGERY, 1L, BoardSeat.VOTING, "4000000", 6,
                        EnumSet.of(DecisionPower.PROCUREMENT_SIGN_OFF, DecisionPower.STAFFING_DECISIONS)));
        ParityScorecard.Comparison surgery = ParityScorecard.of(posts).comparisons().get(0);
        List<Optional<Double>> scores = surgery.attributes().stream().map(ParityScorecard.Attribute::score).toList();
        // seat 1/2, budget 1m/4m, powers 1 of 2, level 4/6, reporting 1 step vs 2 steps, grade unscored
        assertEquals(List.of(Optional.of(0.5), Optional.of(0.25), Optional.of(0.5), Optional.of(4.0 / 6),
                Optional.of(0.5), Optional.empty()), scores);
        assertEquals(Optional.of(48), surgery.score(), "(0.5 + 0.25 + 0.5 + 0.667 + 0.5) / 5 = 0.483");
        assertEquals("2 steps from the Chief Executive", surgery.attributes().get(4).lead());
    }

    @Test
    void unknownDataAndMissingPostsAreShownAsSuchNeverAsZero() {
        List<LeadershipPost> posts = List.of(
                post(2, PostKind.CHIEF_HEALTHCARE_ENGINEER, null, null, "1000000", null, null),
                post(4, PostKind.CHIEF_NURSE, null, BoardSeat.VOTING, "2000000", 6, Set.of()));
        ParityScorecard card = ParityScorecard.of(posts);
        ParityScorecard.Comparison surgery = card.comparisons().get(0);
        assertTrue(surgery.chief().isEmpty(), "no Head of Surgery post");
        assertTrue(surgery.score().isEmpty());
        ParityScorecard.Comparison nurse = card.comparisons().get(1);
        assertEquals("not recorded", nurse.attributes().get(0).lead());
        assertTrue(nurse.attributes().get(0).score().isEmpty());
        assertEquals(Optional.of(50), nurse.score(), "only the budget is known on both sides: 0.5");
        assertEquals("no Chief Executive post recorded", nurse.attributes().get(4).lead());
        assertEquals(Optional.of(50), card.overall());
    }

    @Test
    void withoutAnEngineeringLeadThereIsNoScoreAtAll() {
        ParityScorecard card = ParityScorecard.of(List.of(post(3, PostKind.HEAD_OF_SURGERY, null, BoardSeat.VOTING,
                "1", 5, Set.of())));
        assertTrue(card.engineeringLead().isEmpty());
        assertTrue(card.overall().isEmpty());
        assertFalse(card.comparisons().get(0).chief().isEmpty());
    }

    @Test
    void reportingLinesRefuseLoops() {
        Map<Long, Long> reportsTo = Map.of(2L, 1L, 3L, 2L);
        assertTrue(ReportingLines.wouldLoop(reportsTo, 1L, 3L), "1 under 3 under 2 under 1");
        assertTrue(ReportingLines.wouldLoop(reportsTo, 2L, 2L), "itself");
        assertFalse(ReportingLines.wouldLoop(reportsTo, 3L, 1L));
        assertEquals(Optional.of(2), ReportingLines.stepsTo(reportsTo, 3L, 1L));
        assertEquals(Optional.empty(), ReportingLines.stepsTo(reportsTo, 1L, 3L));
    }
}
