package org.healthengineering.portal.domain.cpd;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static ActivityDetails valid() {
        return new ActivityDetails("Infusion pump course", ActivityType.FORMAL_LEARNING, TODAY.minusDays(2),
                TODAY.minusDays(1), new BigDecimal("7.5"), "Failure modes", "Revised checks", "Fewer alarms missed",
                "https://example.org/course");
    }

    private static Map<String, String> problems(ActivityDetails details) {
        return details.problems(TODAY).stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }

    @Test
    void aCompleteActivityHasNoProblems() {
        assertTrue(valid().problems(TODAY).isEmpty());
    }

    @Test
    void anEmptyActivityListsEveryMissingFieldAtOnce() {
        assertEquals(List.of("title", "type", "startDate", "endDate", "hours"),
                new ActivityDetails().problems(TODAY).stream().map(FieldProblem::field).toList());
    }

    @Test
    void theReflectionMayBeWrittenLaterButIsThenIncomplete() {
        ActivityDetails unreflected = valid();
        unreflected.setApplied(" ");
        assertTrue(unreflected.problems(TODAY).isEmpty());
        CpdActivity activity = CpdActivity.log(1, unreflected, TODAY, java.time.Instant.EPOCH);
        assertEquals("", activity.getReflection().getApplied());
        org.junit.jupiter.api.Assertions.assertFalse(activity.getReflection().isComplete());
        assertTrue(CpdActivity.log(1, valid(), TODAY, java.time.Instant.EPOCH).getReflection().isComplete());
    }

    @Test
    void datesMayNotBeInTheFutureAndTheEndMayNotPrecedeTheStart() {
        ActivityDetails future = valid();
        future.setStartDate(TODAY.plusDays(1));
        future.setEndDate(TODAY.plusDays(2));
        assertEquals(Map.of("startDate", "The start date cannot be in the future.",
                "endDate", "The end date cannot be in the future."), problems(future));

        ActivityDetails backwards = valid();
        backwards.setStartDate(TODAY);
        backwards.setEndDate(TODAY.minusDays(1));
        assertEquals(Map.of("endDate", "The end date cannot be before the start date."), problems(backwards));

        ActivityDetails oneDay = valid();
        oneDay.setStartDate(TODAY);
        oneDay.setEndDate(TODAY);
        assertTrue(problems(oneDay).isEmpty(), "a one-day activity ending today is fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.25", "1", "1.75", "200", "200.00"})
    void hoursInQuarterHoursFromAQuarterToTwoHundredAreAccepted(String hours) {
        ActivityDetails details = valid();
        details.setHours(new BigDecimal(hours));
        assertTrue(problems(details).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.2", "1.3", "200.25", "-1", "7.333"})
    void otherHoursAreRefused(String hours) {
        ActivityDetails details = valid();
        details.setHours(new BigDecimal(hours));
        assertTrue(problems(details).containsKey("hours"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "ftp://example.org/x", "javascript:alert(1)", "https://"})
    void theLinkMustBeAWebAddress(String url) {
        ActivityDetails details = valid();
        details.setUrl(url);
        assertTrue(problems(details).containsKey("url"));
    }

    @Test
    void overlongTextIsRefused() {
        ActivityDetails details = valid();
        details.setTitle("t".repeat(201));
        details.setLearned("l".repeat(Reflection.PART_LENGTH + 1));
        assertEquals(Map.of("title", "Use at most 200 characters.", "learned", "Use at most 10000 characters."),
                problems(details));
    }

    @Test
    void anActivityCannotBeLoggedOrRevisedIntoABrokenState() {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        CpdActivity activity = CpdActivity.log(1, valid(), TODAY, now);
        assertEquals("Infusion pump course", activity.getTitle());
        assertEquals(CpdHours.of(new BigDecimal("7.5")), activity.getHours());
        assertTrue(activity.isOwnedBy(1));

        ActivityDetails broken = activity.details();
        broken.setHours(new BigDecimal("0.1"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> activity.revise(broken, TODAY, now));
        assertEquals("hours", refused.getProblems().get(0).field());
        assertEquals(new BigDecimal("7.50"), activity.getHours().getValue(), "nothing changed");
        assertThrows(InvalidInputException.class, () -> CpdActivity.log(1, new ActivityDetails(), TODAY, now));
    }
}
