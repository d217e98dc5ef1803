package org.healthengineering.portal.application.framework;

import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkCsvTest {

    /** What a user might type to make a spreadsheet run something, one per character that starts a formula. */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3",
            "@SUM(A1)", "\tX", "\rX");

    private static final FrameworkCsv.Details DETAILS = new FrameworkCsv.Details("F", "F", "P", "1");

    /** A domain with one competency per formula, titled, described and typed with it, in negative sort order. */
    private static FrameworkPackage framework() {
        List<FrameworkPackage.Node> nodes = new ArrayList<>();
        nodes.add(new FrameworkPackage.Node("d1", null, null, "D1", "'=already guarded by hand", "Domain", "Domain",
                -1, null));
        for (int i = 0; i < FORMULAS.size(); i++) {
            String formula = FORMULAS.get(i);
            nodes.add(new FrameworkPackage.Node("c" + i, null, "d1", "D1." + i, formula, formula, formula, -2 - i, 3));
        }
        return new FrameworkPackage(new FrameworkPackage.Header("doc", null, "F", "F", "P", null, null, "1", 3,
                FrameworkStatus.DRAFT), DefaultScale.LEVELS, nodes, List.of());
    }

    @Test
    void theExportGuardsEveryTextCellAndWritesNumbersPlainly() {
        String[] lines = FrameworkCsv.write(framework()).split("\r\n");
        assertEquals(String.join(",", FrameworkCsv.COLUMNS), lines[0]);
        assertEquals(",D1,\"''=already guarded by hand\",Domain,Domain,-1,,d1", lines[1]);
        for (int i = 0; i < FORMULAS.size(); i++) {
            String quoted = "\"'" + FORMULAS.get(i).replace("\"", "\"\"") + "\"";
            assertEquals("D1,D1." + i + "," + quoted + "," + quoted + "," + quoted + "," + (-2 - i) + ",3,c" + i,
                    lines[i + 2]);
        }
    }

    @Test
    void theHeadingsAreWordsAndAFileWithTheOldCodesOrTheWordsImportsAlike() {
        assertEquals("Parent code,Code,Title,Statement,Type,Sort order,Proficient from,Identifier",
                FrameworkCsv.write(framework()).split("\r\n")[0]);
        String rows = ",A,Alpha,First,Domain,1\nA,A.1,One,Sub,Competency,2\n";
        FrameworkPackage byCodes = FrameworkCsv.read(new StringReader(
                "parent_code,code,title,statement,type,sort_order\n" + rows), DETAILS);
        FrameworkPackage byWords = FrameworkCsv.read(new StringReader(
                "Parent code,Code,Title,Statement,Type,Sort order\n" + rows), DETAILS);
        assertEquals(byCodes.nodes(), byWords.nodes());
        // A problem names the column as the file does; a missing column is named in words.
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> FrameworkCsv.read(
                new StringReader("Parent code,Code,Title,Statement,Type,Sort order\n,A,Alpha,First,Domain,x\n"),
                DETAILS));
        assertEquals(List.of(new PackageProblem("row 2", "Sort order \"x\" is not a whole number")),
                refused.getProblems());
        assertEquals(new PackageProblem("row 1", "the column Sort order is missing"), assertThrows(
                ImportRefusedException.class, () -> FrameworkCsv.read(new StringReader(
                        "Parent code,Code,Title,Statement,Type\n,A,Alpha,First,Domain\n"), DETAILS))
                .getProblems().get(0));
    }

    @Test
    void whatIsExportedImportsBackAsItWas() {
        FrameworkPackage original = framework();
        FrameworkPackage back = FrameworkCsv.read(new StringReader(FrameworkCsv.write(original)), DETAILS);
        assertEquals(original.nodes().size(), back.nodes().size());
        for (int i = 0; i < original.nodes().size(); i++) {
            FrameworkPackage.Node was = original.nodes().get(i);
            FrameworkPackage.Node read = back.nodes().get(i);
            // Import trims the space around a cell, as it always has: "\tX" comes back as "X".
            assertEquals(was.title().trim(), read.title());
            assertEquals(was.statement().trim(), read.statement());
            assertEquals(was.itemType().trim(), read.itemType());
            assertEquals(was.sortOrder(), read.sortOrder());
            assertEquals(was.parentIdentifier(), read.parentIdentifier());
        }
        assertEquals("=HYPERLINK(\"http://x\",\"y\")", back.nodes().get(1).title());
        assertEquals("'=already guarded by hand", back.nodes().get(0).title());
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsRowWithTheProblemsOfTheRowsAfterIt() {
        String csv = "parent_code,code,title,statement,type,sort_order\n"
                + ",A,Alpha,First,Domain,1\n"
                + "A,A.1,\"One,Sub,Competency,2\n"
                + "A,A.2,Two,Second,Competency,x\n"
                + "A,A.3,,Third,Competency,4\n";
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> FrameworkCsv.read(new StringReader(csv), DETAILS));
        List<PackageProblem> problems = refused.getProblems();
        assertTrue(problems.stream().anyMatch(p -> p.where().equals("row 3") && p.what().contains("never closed")),
                problems.toString());
        assertTrue(problems.contains(new PackageProblem("row 4", "sort_order \"x\" is not a whole number")),
                problems.toString());
        assertTrue(problems.contains(new PackageProblem("row 5", "has no title")), problems.toString());
    }
}
