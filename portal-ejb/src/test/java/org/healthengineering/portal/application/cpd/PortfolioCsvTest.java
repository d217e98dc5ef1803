package org.healthengineering.portal.application.cpd;

import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortfolioCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static CpdActivity activity(String words) {
        return CpdActivity.log(1, new ActivityDetails(words, ActivityType.FORMAL_LEARNING, TODAY.minusDays(2),
                TODAY.minusDays(1), new BigDecimal("7.5"), words, words, words, "https://example.org/course"), TODAY,
                Instant.EPOCH);
    }

    private static String quoted(String formula) {
        return "\"'" + formula.replace("\"", "\"\"") + "\"";
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"})
    void theEngineersWordsGoOutGuardedAndHoursStayANumber(String formula) {
        String[] lines = PortfolioCsv.write(List.of(activity(formula)), a -> List.of(formula, "b.pdf"))
                .split("\r\n");
        assertEquals(String.join(",", PortfolioCsv.COLUMNS), lines[0]);
        String q = quoted(formula);
        assertEquals(q + ",Formal learning,2026-11-18,2026-11-19,7.50," + q + "," + q + "," + q
                + ",https://example.org/course," + quoted(formula + "; b.pdf") + ",", lines[1]);
    }

    @Test
    void headingsAndTypesAreWords() {
        String[] lines = PortfolioCsv.write(List.of(activity("Course")), a -> List.of()).split("\r\n");
        assertEquals("Title,Type,Start date,End date,Hours,What I learned,How I applied it,"
                + "Benefit to patients and service users,Link,Evidence files,Verified by the course's provider", lines[0]);
        assertTrue(lines[1].startsWith("Course,Formal learning,"), lines[1]);
        assertFalse(String.join("\n", lines).contains("FORMAL_LEARNING"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tX", "\rX", "=1", "+1", "-1", "@A1"})
    void evidenceFileNamesAreGuardedToo(String formula) {
        String csv = PortfolioCsv.write(List.of(activity("Course")), a -> List.of(formula));
        assertEquals("Course,Formal learning,2026-11-18,2026-11-19,7.50,Course,Course,Course,"
                + "https://example.org/course," + quoted(formula) + ",\r\n", csv.substring(csv.indexOf("\r\n") + 2));
    }

    @Test
    void aVerifiedActivitySaysWhereItComesFromAndACraftedCourseTitleIsGuarded() {
        CpdActivity verified = CpdActivity.verified(1, 7, "=Pump safety", "=Pump safety (Academy), approval IPEM-2026-00007",
                TODAY.minusDays(1), new BigDecimal("6"), Instant.EPOCH);
        String row = PortfolioCsv.write(List.of(verified), a -> List.of()).split("\r\n")[1];
        assertTrue(row.startsWith(quoted("=Pump safety") + ",Formal learning,"), row);
        assertTrue(row.endsWith("," + quoted("=Pump safety (Academy), approval IPEM-2026-00007")), row);
    }
}
