package org.healthengineering.portal.application.framework;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.CompetencyTree;
import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** A file as a publisher might write it: some items without a code, a title or a type, numbers as text. */
    private static final String PUBLISHED = """
            {"CFDocument": {"identifier": "pub-doc", "uri": "https://pub.example/doc", "title": "Published skills",
                            "creator": "Publisher", "version": "3", "description": "From a publisher",
                            "extensions": {"code": "PUB"}},
             "CFItems": [
                {"identifier": "pub-1", "uri": "https://pub.example/1", "humanCodingScheme": "P1",
                 "abbreviatedStatement": "First", "fullStatement": "The first area", "CFItemType": "Domain"},
                {"identifier": "pub-2", "uri": "https://pub.example/2", "fullStatement": "An uncoded competency",
                 "extensions": {"proficientFrom": "4"}},
                {"identifier": "pub-3", "uri": "https://pub.example/3", "humanCodingScheme": "P1.2",
                 "abbreviatedStatement": "Coded", "fullStatement": "A coded competency", "CFItemType": "Competency"}],
             "CFAssociations": [
                {"identifier": "a1", "associationType": "isChildOf", "sequenceNumber": "1",
                 "originNodeURI": {"identifier": "pub-1", "uri": "https://pub.example/1"},
                 "destinationNodeURI": {"identifier": "pub-doc", "uri": "https://pub.example/doc"}},
                {"identifier": "a2", "associationType": "isChildOf", "sequenceNumber": 2,
                 "originNodeURI": {"identifier": "pub-2", "uri": "https://pub.example/2"},
                 "destinationNodeURI": {"identifier": "pub-1", "uri": "https://pub.example/1"}},
                {"identifier": "a3", "associationType": "isChildOf", "sequenceNumber": " 1 ",
                 "originNodeURI": {"identifier": "pub-3", "uri": "https://pub.example/3"},
                 "destinationNodeURI": {"identifier": "pub-1", "uri": "https://pub.example/1"}},
                {"identifier": "a4", "associationType": "exactMatchOf",
                 "originNodeURI": {"identifier": "pub-3", "uri": "https://pub.example/3"},
                 "destinationNodeURI": {"identifier": "else-7", "uri": "https://else.example/7"}},
                {"identifier": "a5", "associationType": "precedes",
                 "originNodeURI": {"identifier": "pub-3", "uri": "https://pub.example/3"},
                 "destinationNodeURI": {"identifier": "pub-2", "uri": "https://pub.example/2"}}],
             "CFRubrics": [{"identifier": "r", "CFRubricCriteria": [{"identifier": "rc",
                 "extensions": {"proficientFrom": "3"},
                 "CFRubricCriterionLevels": [
                    {"identifier": "l1", "score": "1", "quality": "Novice", "description": "Starting"},
                    {"identifier": "l2", "score": 2, "quality": "Practised"},
                    {"identifier": "l3", "score": "3.0", "quality": "Proficient", "description": "Alone"},
                    {"identifier": "l4", "score": 4, "quality": "Expert"}]}]}]}
            """;

    private static JsonObject item(JsonObject pkg, String identifier) {
        return pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("identifier").equals(identifier)).findFirst().orElseThrow();
    }

    @Test
    void aPublishersFileComesBackWithWhatItGaveAndWithoutWhatItLeftOut() {
        JsonObject original = Json.createReader(new StringReader(PUBLISHED)).readObject();
        FrameworkPackage read = CaseJson.read(new ByteArrayInputStream(PUBLISHED.getBytes(StandardCharsets.UTF_8)));
        JsonObject written = CaseJson.write(read, "https://portal.example/case");

        JsonObject document = written.getJsonObject("CFDocument");
        for (String field : List.of("identifier", "uri", "title", "creator", "version", "description")) {
            assertEquals(original.getJsonObject("CFDocument").get(field), document.get(field), field);
        }
        assertEquals("PUB", document.getJsonObject("extensions").getString("code"));
        for (JsonObject given : original.getJsonArray("CFItems").getValuesAs(JsonObject.class)) {
            JsonObject back = item(written, given.getString("identifier"));
            for (String field : List.of("uri", "humanCodingScheme", "abbreviatedStatement", "fullStatement",
                    "CFItemType")) {
                if (given.containsKey(field)) {
                    assertEquals(given.get(field), back.get(field), given.getString("identifier") + " " + field);
                }
            }
        }
        assertFalse(item(written, "pub-2").containsKey("humanCodingScheme"), "no code was given, none is made up");
        assertFalse(item(written, "pub-2").containsKey("CFItemType"), "nor a type");
        assertEquals(4, item(written, "pub-2").getJsonObject("extensions").getInt("proficientFrom"));

        List<String> associations = written.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("associationType") + " " + a.getJsonObject("originNodeURI").getString("identifier")
                        + " " + a.getJsonObject("destinationNodeURI").getString("identifier")
                        + (a.containsKey("sequenceNumber") ? " " + a.getInt("sequenceNumber") : "")).sorted().toList();
        assertEquals(List.of("exactMatchOf pub-3 else-7", "isChildOf pub-1 pub-doc 1", "isChildOf pub-2 pub-1 2",
                "isChildOf pub-3 pub-1 1"), associations, "the ignored precedes association is not made up either");
        assertEquals("a4", written.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("associationType").equals("exactMatchOf")).findFirst().orElseThrow()
                .getString("identifier"));

        JsonObject criterion = written.getJsonArray("CFRubrics").getJsonObject(0).getJsonArray("CFRubricCriteria")
                .getJsonObject(0);
        assertEquals(3, criterion.getJsonObject("extensions").getInt("proficientFrom"));
        assertEquals(List.of("1 Novice Starting", "2 Practised -", "3 Proficient Alone", "4 Expert -"),
                criterion.getJsonArray("CFRubricCriterionLevels").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getInt("score") + " " + l.getString("quality") + " "
                                + l.getString("description", "-")).toList());

        FrameworkPackage again = CaseJson.read(new ByteArrayInputStream(written.toString()
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(read.header(), again.header());
        assertEquals(read.levels(), again.levels());
        assertEquals(read.nodes(), again.nodes());
        assertEquals(read.associations(), again.associations());
    }

    /** A stored competency as the database gives it back, id and all. */
    private static Competency stored(long id, Long parentId, FrameworkPackage.Node node) {
        Competency competency = new Competency(1L, parentId, node);
        try {
            Field field = Competency.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(competency, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return competency;
    }

    /** What {@link FrameworkInterchange#exportPackage} does with a framework's stored competencies. */
    private static FrameworkPackage exported(FrameworkPackage imported) {
        Map<String, Long> ids = new HashMap<>();
        List<Competency> competencies = new ArrayList<>();
        for (FrameworkPackage.Node node : imported.nodes()) {
            ids.put(node.identifier(), (long) ids.size() + 1);
        }
        for (FrameworkPackage.Node node : imported.nodes()) {
            competencies.add(stored(ids.get(node.identifier()), ids.get(node.parentIdentifier()), node));
        }
        Map<Long, String> identifiers = new HashMap<>();
        competencies.forEach(c -> identifiers.put(c.getId(), c.getCaseIdentifier()));
        List<FrameworkPackage.Node> nodes = CompetencyTree.of(competencies).flatten().stream()
                .map(row -> row.competency().toNode(identifiers.get(row.competency().getParentId()))).toList();
        return new FrameworkPackage(imported.header(), imported.levels(), nodes, imported.associations());
    }

    @Test
    void throughTheDatabaseAnUncodedItemStaysUncodedAndTheRestStaysTheSame() {
        FrameworkPackage read = CaseJson.read(new ByteArrayInputStream(PUBLISHED.getBytes(StandardCharsets.UTF_8)));
        FrameworkPackage out = exported(read);
        FrameworkPackage back = CaseJson.read(new ByteArrayInputStream(CaseJson.write(out, "https://portal.example/case")
                .toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.copyOf(read.nodes()), Set.copyOf(back.nodes()));
        FrameworkPackage.Node uncoded = back.nodes().stream().filter(n -> n.identifier().equals("pub-2")).findFirst()
                .orElseThrow();
        assertNull(uncoded.code());
        assertNull(uncoded.itemType());
        assertEquals("pub-2", uncoded.shownCode());
    }

    private static String chain(int levels) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder associations = Json.createArrayBuilder();
        for (int i = 1; i <= levels; i++) {
            items.add(Json.createObjectBuilder().add("identifier", "n" + i).add("uri", "urn:n" + i)
                    .add("fullStatement", "Level " + i));
            associations.add(Json.createObjectBuilder().add("identifier", "a" + i).add("associationType", "isChildOf")
                    .add("originNodeURI", Json.createObjectBuilder().add("identifier", "n" + i).add("uri", "urn:n" + i))
                    .add("destinationNodeURI", Json.createObjectBuilder().add("identifier", i == 1 ? "deep" : "n" + (i - 1))
                            .add("uri", "urn:up")));
        }
        return Json.createObjectBuilder().add("CFDocument", Json.createObjectBuilder().add("identifier", "deep")
                        .add("title", "Deep").add("creator", "Body").add("version", "1"))
                .add("CFItems", items).add("CFAssociations", associations).build().toString();
    }

    @Test
    void theDeepestAllowedTreeExportsAndImportsAgain() {
        FrameworkPackage deepest = CaseJson.read(new ByteArrayInputStream(chain(Framework.MAX_DEPTH)
                .getBytes(StandardCharsets.UTF_8)));
        String json = CaseJson.write(exported(deepest), "https://portal.example/case").toString();
        FrameworkPackage again = CaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(deepest.nodes(), again.nodes());
        assertEquals("n" + (Framework.MAX_DEPTH - 1), again.nodes().get(Framework.MAX_DEPTH - 1).parentIdentifier());
    }

    @Test
    void aTreeStoredDeeperThanTheCapStillExportsButIsNotTakenBackIn() {
        int depth = 5_000;
        List<FrameworkPackage.Node> nodes = new ArrayList<>();
        for (int i = 1; i <= depth; i++) {
            nodes.add(new FrameworkPackage.Node("n" + i, null, i == 1 ? null : "n" + (i - 1), "N" + i, "Level " + i,
                    "Level " + i, "Competency", 1, null));
        }
        FrameworkPackage stored = new FrameworkPackage(SAMPLE.header(), SAMPLE.levels(), nodes, List.of());
        String json = CaseJson.write(exported(stored), "https://portal.example/case").toString();
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> CaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(new PackageProblem("n" + (Framework.MAX_DEPTH + 1), "is on level "
                + (Framework.MAX_DEPTH + 1) + " of the tree; a framework may have at most " + Framework.MAX_DEPTH
                + " levels")), refused.getProblems());
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
    void aCsvRowMustGiveItsCodeEvenThoughCaseItemsNeedNot() {
        String csv = "parent_code,code,title,statement,type,sort_order\n,,Alpha,First,Domain,1\n,B,Beta,Second\n";
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> FrameworkCsv.read(new StringReader(csv), new FrameworkCsv.Details("F", "F", "P", "1")));
        assertEquals(List.of(new PackageProblem("row 2", "has no code")), refused.getProblems());
    }

    @Test
    void aCsvFileOfMoreRowsThanAFrameworkHoldsIsRefusedAtOnce() {
        StringBuilder csv = new StringBuilder("parent_code,code,title,statement,type,sort_order\n");
        for (int i = 0; i <= Framework.MAX_COMPETENCIES; i++) {
            csv.append(",C").append(i).append(",T,S,,1\n");
        }
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> FrameworkCsv.read(new StringReader(csv.toString()), new FrameworkCsv.Details("F", "F", "P", "1")));
        assertEquals(List.of(new PackageProblem("document", "has " + (Framework.MAX_COMPETENCIES + 1)
                + " items; a framework may hold at most " + Framework.MAX_COMPETENCIES)), refused.getProblems());
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
