package org.healthengineering.portal.application.framework;

import jakarta.json.JsonObject;

import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterchangeFormatsTest {

    private static final FrameworkPackage SAMPLE = new FrameworkPackage(
            new FrameworkPackage.Header("doc-1", "https://example.org/doc-1", "SAMPLE", "Sample framework",
                    "Sample body", "About, with \"quotes\"", "CC BY 4.0", "2.1", 2, FrameworkStatus.PUBLISHED),
            List.of(new FrameworkPackage.Level(1, "Aware", "Knows of it"), new FrameworkPackage.Level(2, "Able", null),
                    new FrameworkPackage.Level(3, "Expert", "Teaches it")),
            List.of(new FrameworkPackage.Node("d1", "https://example.org/d1", null, "D1", "Domain one",
                            "The first domain", "Domain", 1, null),
                    new FrameworkPackage.Node("c1", "https://example.org/c1", "d1", "D1.1", "Comp, with comma",
                            "Line one\nline \"two\"", "Competency", 2, 3),
                    new FrameworkPackage.Node("c2", "https://example.org/c2", "d1", "D1.2", "Second", "Second statement",
                            "Competency", 1, null)),
            List.of(new FrameworkPackage.Association("x1", CrosswalkKind.EXACT_MATCH, "c1", "other-9",
                    "https://example.org/other-9")));

    @Test
    void caseRoundTripLosesNothingThePortalHolds() {
        byte[] json = CaseJson.write(SAMPLE, "https://portal.example/case").toString().getBytes(StandardCharsets.UTF_8);
        FrameworkPackage back = CaseJson.read(new ByteArrayInputStream(json));
        assertEquals(SAMPLE.levels(), back.levels());
        assertEquals(SAMPLE.nodes(), back.nodes());
        assertEquals(SAMPLE.associations(), back.associations());
        assertEquals(SAMPLE.header(), back.header());
    }

    @Test
    void anItemWithoutHumanCodingSchemeIsExportedWithoutOne() {
        String json = "{\"CFDocument\": {\"identifier\": \"doc-9\", \"title\": \"Uncoded\", \"creator\": \"Body\","
                + " \"version\": \"1\"}, \"CFItems\": [{\"identifier\": \"item-1\", \"fullStatement\": \"Does it\"}]}";
        FrameworkPackage read = CaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertNull(read.nodes().get(0).code());
        assertEquals("item-1", read.nodes().get(0).shownCode());
        JsonObject item = CaseJson.write(read, "https://portal.example/case").getJsonArray("CFItems").getJsonObject(0);
        assertFalse(item.containsKey("humanCodingScheme"), item.toString());
        assertEquals("item-1", item.getString("identifier"));
        assertEquals(FrameworkCsv.write(read).split("\r\n")[1].split(",")[1], "item-1",
                "CSV rows need a code, so CSV gets the one shown");
    }

    @Test
    void aCaseFileThatIsNotJsonOrHasNoDocumentIsRefused() {
        ImportRefusedException notJson = assertThrows(ImportRefusedException.class,
                () -> CaseJson.read(new ByteArrayInputStream("{oops".getBytes(StandardCharsets.UTF_8))));
        assertTrue(notJson.getProblems().get(0).what().startsWith("is not valid JSON"));
        ImportRefusedException noDocument = assertThrows(ImportRefusedException.class,
                () -> CaseJson.read(new ByteArrayInputStream("{\"CFItems\": []}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(new PackageProblem("document", "has no CFDocument")), noDocument.getProblems());
    }

    @Test
    void csvRoundTripKeepsTheTreeAndQuoting() {
        String csv = FrameworkCsv.write(SAMPLE);
        FrameworkPackage back = FrameworkCsv.read(new StringReader(csv),
                new FrameworkCsv.Details("SAMPLE", "Sample framework", "Sample body", "2.1"));
        assertEquals(3, back.nodes().size());
        for (int i = 0; i < 3; i++) {
            FrameworkPackage.Node original = SAMPLE.nodes().get(i);
            FrameworkPackage.Node read = back.nodes().get(i);
            assertEquals(original.identifier(), read.identifier());
            assertEquals(original.parentIdentifier(), read.parentIdentifier());
            assertEquals(original.code(), read.code());
            assertEquals(original.title(), read.title());
            assertEquals(original.statement(), read.statement());
            assertEquals(original.sortOrder(), read.sortOrder());
            assertEquals(original.proficientFrom(), read.proficientFrom());
        }
        assertTrue(back.problems().isEmpty(), back.problems().toString());
    }

    @Test
    void csvWithoutIdentifiersDerivesStableOnesFromTheCodes() {
        String csv = "parent_code,code,title,statement,type,sort_order\n,A,Alpha,First,Domain,1\nA,A.1,One,Sub,,2\n";
        FrameworkCsv.Details details = new FrameworkCsv.Details("F", "F", "P", "1");
        FrameworkPackage first = FrameworkCsv.read(new StringReader(csv), details);
        FrameworkPackage again = FrameworkCsv.read(new StringReader(csv), details);
        assertEquals(first.nodes(), again.nodes());
        assertEquals(first.nodes().get(0).identifier(), first.nodes().get(1).parentIdentifier());
    }

    @Test
    void aBadCsvListsEveryProblemByRow() {
        String csv = "parent_code,code,title,statement,type,sort_order\nZ,A,Alpha,,Domain,x\n,B,,Beta,Domain,1\n";
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> FrameworkCsv.read(new StringReader(csv), new FrameworkCsv.Details("F", "F", "P", "1")));
        List<PackageProblem> problems = refused.getProblems();
        assertTrue(problems.contains(new PackageProblem("row 2", "parent_code Z is not the code of any row")));
        assertTrue(problems.contains(new PackageProblem("row 2", "sort_order \"x\" is not a whole number")));
        assertTrue(problems.contains(new PackageProblem("row 2", "has no statement")));
        assertTrue(problems.contains(new PackageProblem("row 3", "has no title")));
        assertThrows(ImportRefusedException.class, () -> FrameworkCsv.read(new StringReader("code,title\nA,B\n"),
                new FrameworkCsv.Details("F", "F", "P", "1")), "required columns are checked");
    }
}
