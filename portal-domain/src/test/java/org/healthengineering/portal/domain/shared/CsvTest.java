package org.healthengineering.portal.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    /** What a user might type to make a spreadsheet run something, one per character that starts a formula. */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tX",
            "\rX");

    private static Csv.Table read(String text) {
        return Csv.read(new StringReader(text));
    }

    private static List<List<String>> cells(Csv.Table table) {
        return table.rows().stream().map(Csv.Row::cells).toList();
    }

    @Test
    void readsRfc4180QuotingAndCountsRecordsNotLines() {
        Csv.Table table = read("\uFEFFcode,title\r\nA,\"Comma, \"\"quoted\"\"\"\r\nB,\"two\nlines\"\r\nC,plain\n");
        assertEquals(List.of(List.of("code", "title"), List.of("A", "Comma, \"quoted\""), List.of("B", "two\nlines"),
                List.of("C", "plain")), cells(table), "the BOM is dropped and quoted values are whole");
        assertEquals(List.of(1L, 2L, 3L, 4L), table.rows().stream().map(Csv.Row::number).toList());
        assertTrue(table.problems().isEmpty());
        assertEquals(List.of("code", "title"), table.header().orElseThrow().cells());
        assertEquals(3, table.records().size());
        assertTrue(read("").isEmpty());
    }

    @Test
    void anUnclosedQuoteIsAProblemOnItsRowAndTheRestOfTheFileIsStillRead() {
        Csv.Table table = read("code,title\nA,Alpha\nB,\"Beta\nC,Gamma\r\nD,Delta\n");
        assertEquals(1, table.problems().size(), table.problems().toString());
        assertEquals(3, table.problems().get(0).row());
        assertTrue(table.problems().get(0).what().contains("never closed"), table.problems().get(0).what());
        assertEquals(List.of(List.of("code", "title"), List.of("A", "Alpha"), List.of("C", "Gamma"),
                List.of("D", "Delta")), cells(table), "the rows after it are not swallowed into one value");
        assertEquals(List.of(1L, 2L, 4L, 5L), table.rows().stream().map(Csv.Row::number).toList());
    }

    @Test
    void textAfterAClosingQuoteIsAProblemToo() {
        Csv.Table table = read("code,title\r\n\"A\"x,Alpha\r\nB,Beta\r\n");
        assertEquals(List.of(new Csv.Problem(2, "A value in double quotes is followed by more text before the next"
                + " comma. Put the whole value in double quotes and write a double quote inside it as two (\"\").")),
                table.problems());
        assertEquals(List.of(List.of("code", "title"), List.of("B", "Beta")), cells(table));
    }

    @Test
    void anUnreadableHeaderLeavesNoHeader() {
        Csv.Table table = read("\"code,title\nA,Alpha\n");
        assertTrue(table.header().isEmpty());
        assertEquals(1, table.problems().get(0).row());
        assertEquals(List.of(List.of("A", "Alpha")), cells(table));
    }

    @Test
    void readingStopsAfterTooManyUnreadableRows() {
        StringBuilder text = new StringBuilder("code\n");
        for (int i = 0; i < 50; i++) {
            text.append("\"open\n");
        }
        Csv.Table table = read(text.toString());
        assertEquals(Csv.MOST_UNREADABLE_ROWS + 1, table.problems().size());
        assertTrue(table.problems().get(Csv.MOST_UNREADABLE_ROWS).what().startsWith("Reading stopped here"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tX", "\rX"})
    void textThatASpreadsheetWouldRunGoesOutQuotedBehindAnApostrophe(String formula) {
        String written = new CsvWriter(List.of("a", "b")).text(formula).text("after").endRow().content();
        String expected = "a,b\r\n\"'" + formula.replace("\"", "\"\"") + "\",after\r\n";
        assertEquals(expected, written);
    }

    @Test
    void theHyperlinkFormulaIsWrittenExactlyAsOwaspAdvises() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n",
                new CsvWriter(List.of()).text("=HYPERLINK(\"http://x\",\"y\")").endRow().content().substring(2));
    }

    @Test
    void numbersTheCodeWritesStayNumbersAndOrdinaryTextStaysAsItIs() {
        String written = new CsvWriter(List.of("n")).number(new BigDecimal("-3.5")).number(-2).number(-7L)
                .number(new BigDecimal("1E+3")).number((Integer) null).text("Comma, here").text("plain").text("")
                .text(null).text("'quoted by hand").endRow().content();
        assertEquals("n\r\n-3.5,-2,-7,1000,,\"Comma, here\",plain,,,'quoted by hand\r\n", written);
    }

    @Test
    void whatIsWrittenReadsBackUnchangedApostrophesIncluded() {
        List<String> texts = new java.util.ArrayList<>(FORMULAS);
        texts.addAll(List.of("'=already guarded by hand", "''@twice", "'plain", "plain", "", "it's -1", "a\r\nb"));
        CsvWriter csv = new CsvWriter(List.of("value"));
        texts.forEach(t -> csv.text(t).endRow());
        Csv.Table back = read(csv.content());
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals(texts, back.records().stream().map(r -> r.cell(0)).toList());
    }

    @Test
    void aHandWrittenGuardIsTakenOffOnlyBeforeAFormulaCharacter() {
        assertEquals(List.of("=1+1", "'x", "'", "-5", "''+1"),
                read("'=1+1,'x,',\"'-5\",'''+1\n").rows().get(0).cells());
    }
}
