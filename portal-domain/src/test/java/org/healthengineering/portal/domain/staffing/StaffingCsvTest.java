package org.healthengineering.portal.domain.staffing;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffingCsvTest {

    /** The header row as files made before the headings were words name the columns: still accepted. */
    private static final String HEADER = "hospital_code,quarter,staff_group,establishment_fte,in_post_fte,vacancy_fte,"
            + "agency_fte,leavers,headcount_under_35,headcount_35_to_54,headcount_55_plus\n";

    private static String quarter(String code, String quarter) {
        StringBuilder csv = new StringBuilder();
        for (StaffGroup group : StaffGroup.values()) {
            csv.append(code).append(',').append(quarter).append(',').append(group.name())
                    .append(",10,8.5,1.5,0.5,1,2,3,4\n");
        }
        return csv.toString();
    }

    @Test
    void readsEveryQuarterReturnInTheFile() {
        List<StaffingCsv.QuarterReturn> returns = StaffingCsv.read(new StringReader(HEADER + quarter("rx1", "2026-Q1")
                + quarter("RX1", "2026-Q2")));
        assertEquals(2, returns.size());
        assertEquals("RX1", returns.get(0).hospitalCode());
        assertEquals(new Quarter(2026, 2), returns.get(1).quarter());
        assertEquals(6, returns.get(1).lines().size());
        assertEquals(new BigDecimal("8.5"), returns.get(0).lines().get(0).inPostFte());
        QuarterTotals totals = StaffingReturn.revision(1, new Quarter(2026, 1), 0, returns.get(0).lines(),
                new StaffingReturn.Submission(1L, "a@example.test", java.time.Instant.EPOCH, Source.CSV, null)).totals();
        assertEquals(new BigDecimal("51.00"), totals.inPostFte());
        assertEquals(new BigDecimal("17.00"), totals.engineerFte());
        assertEquals(54, totals.headcount());
    }

    @Test
    void listsEveryBadRowWithItsReason() {
        String csv = HEADER + quarter("RX1", "2026-Q1")
                .replaceFirst("10,8.5,1.5", "10,eight,11")          // row 2: unreadable in-post, vacancies > establishment
                + "RX1,2026-Q5,MANAGER,1,1,0,0,0,0,0,0\n"          // row 8: no such quarter
                + "RX2,2026-Q1,WIZARD,1,1,0,0,0,0,0,-1\n";         // row 9: unknown group, negative count
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> StaffingCsv.read(new StringReader(csv)));
        List<String> where = refused.getProblems().stream().map(UploadRefusedException.RowProblem::where).toList();
        assertTrue(where.contains("row 2, in_post_fte"), where.toString());
        assertTrue(where.contains("row 2, vacancy_fte"), where.toString());
        assertTrue(where.contains("row 8, quarter"), where.toString());
        assertTrue(where.contains("row 9, staff_group"), where.toString());
        assertTrue(where.contains("row 9, headcount_55_plus"), where.toString());
        // RX2 2026-Q1 has one (bad) row, so it also misses five groups, reported on its first row.
        assertTrue(refused.getProblems().stream().anyMatch(p -> p.where().equals("row 9")
                && p.what().contains("missing Clinical engineers, Clinical technologists")),
                refused.getProblems().toString());
        assertTrue(refused.getProblems().stream().noneMatch(p -> p.what().contains("CLINICAL_")),
                "problems name staff groups in words: " + refused.getProblems());
    }

    @Test
    void refusesAMissingColumnARepeatedGroupAndAnEmptyFile() {
        assertEquals("row 1", assertThrows(UploadRefusedException.class, () -> StaffingCsv.read(
                new StringReader("hospital_code,quarter\nRX1,2026-Q1\n"))).getProblems().get(0).where());
        UploadRefusedException twice = assertThrows(UploadRefusedException.class, () -> StaffingCsv.read(
                new StringReader(HEADER + quarter("RX1", "2026-Q1") + "RX1,2026-Q1,MANAGER,1,1,0,0,0,0,0,0\n")));
        assertEquals("row 8, staff_group", twice.getProblems().get(0).where());
        assertEquals("file", assertThrows(UploadRefusedException.class,
                () -> StaffingCsv.read(new StringReader(""))).getProblems().get(0).where());
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsRowAndTheRowsAfterItAreStillChecked() {
        String csv = HEADER + quarter("RX1", "2026-Q1").replaceFirst("RX1,2026-Q1,CLINICAL_ENGINEER",
                "RX1,2026-Q1,\"CLINICAL_ENGINEER")                 // row 2: a quote that never closes
                + quarter("RX1", "2026-Q2").replaceFirst("10,8.5", "10,eight");   // row 8: unreadable in-post
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> StaffingCsv.read(new StringReader(csv)));
        List<String> where = refused.getProblems().stream().map(UploadRefusedException.RowProblem::where).toList();
        assertTrue(refused.getProblems().stream().anyMatch(p -> p.where().equals("row 2")
                && p.what().contains("never closed")), refused.getProblems().toString());
        assertTrue(where.contains("row 8, in_post_fte"), where.toString());
    }

    @Test
    void theTemplateIsTheHeaderAndZerosWithItsTextGuarded() {
        String template = StaffingCsv.template("-RX1", new Quarter(2026, 1));
        String[] lines = template.split("\r\n");
        assertEquals("Hospital code,Quarter,Staff group,Establishment (FTE),In post (FTE),Vacant (FTE),Agency (FTE),"
                + "Leavers in the quarter,Headcount under 35,Headcount 35 to 54,Headcount 55 and over", lines[0]);
        assertEquals(7, lines.length);
        assertEquals("\"'-RX1\",2026-Q1,Clinical engineers,0,0,0,0,0,0,0,0", lines[1]);
        assertFalse(template.contains("_"), "no codes in the template:\n" + template);
    }

    @Test
    void aFileInWordsImportsAndItsProblemsNameItsOwnHeadings() {
        String words = StaffingCsv.template("RX1", new Quarter(2026, 1)).replace("0,0,0,0,0,0,0,0", "10,8,2,0,1,3,4,1");
        List<StaffingCsv.QuarterReturn> returns = StaffingCsv.read(new StringReader(words));
        assertEquals(1, returns.size());
        assertEquals(StaffGroup.MANAGER, returns.get(0).lines().get(5).group());
        assertEquals(new BigDecimal("8"), returns.get(0).lines().get(0).inPostFte());
        // Headings in another case and spacing, groups by code or by name in any case: all read alike.
        String mixed = "HOSPITAL CODE,quarter,staff group,Establishment FTE,in post (fte),Vacant (FTE),agency_fte,"
                + "Leavers in the quarter,headcount under 35,Headcount 35 to 54,Headcount 55 and over\n"
                + quarter("RX1", "2026-Q1").replace("CLINICAL_ENGINEER", "clinical engineers");
        assertEquals(6, StaffingCsv.read(new StringReader(mixed)).get(0).lines().size());
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> StaffingCsv.read(
                new StringReader(words.replaceFirst("Clinical engineers,10,8", "Wizards,10,eight"))));
        List<String> where = refused.getProblems().stream().map(UploadRefusedException.RowProblem::where).toList();
        assertTrue(where.containsAll(List.of("row 2, Staff group", "row 2, In post (FTE)")), where.toString());
        assertTrue(refused.getProblems().get(0).what().contains("use one of Clinical engineers, Clinical"
                + " technologists"), refused.getProblems().toString());
    }

    @Test
    void quartersParseCountBackAndOrder() {
        Quarter q = Quarter.parse(" 2026-q1 ", "quarter");
        assertEquals(new Quarter(2025, 4), q.minus(1));
        assertEquals(new Quarter(2024, 2), q.minus(7));
        assertEquals(List.of(new Quarter(2025, 3), new Quarter(2025, 4), new Quarter(2026, 1)), q.lastQuarters(3));
        assertEquals(new Quarter(2026, 4), Quarter.of(java.time.LocalDate.of(2026, 11, 21)));
        assertTrue(new Quarter(2026, 1).compareTo(new Quarter(2025, 4)) > 0);
    }
}
