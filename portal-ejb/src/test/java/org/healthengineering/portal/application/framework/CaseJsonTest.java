package org.healthengineering.portal.application.framework;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkPackage;
import org.healthengineering.portal.domain.framework.ImportRefusedException;
import org.healthengineering.portal.domain.framework.PackageProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading CASE files as publishers write them: what is accepted, and what is refused with which problem. */
class CaseJsonTest {

    private static final String DOC = "doc-1";

    static FrameworkPackage read(String json) {
        return CaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static List<PackageProblem> refusal(String json) {
        return assertThrows(ImportRefusedException.class, () -> read(json)).getProblems();
    }

    static JsonObjectBuilder document() {
        return Json.createObjectBuilder().add("identifier", DOC).add("title", "Test framework")
                .add("creator", "Test body").add("version", "1")
                .add("extensions", Json.createObjectBuilder().add("code", "TEST"));
    }

    static JsonObjectBuilder item(String identifier, String code) {
        return Json.createObjectBuilder().add("identifier", identifier).add("humanCodingScheme", code)
                .add("fullStatement", "Statement of " + code).add("CFItemType", "Competency");
    }

    static JsonObjectBuilder link(String identifier) {
        return Json.createObjectBuilder().add("identifier", identifier).add("uri", "urn:test:" + identifier);
    }

    static JsonObjectBuilder childOf(String child, String parent) {
        return Json.createObjectBuilder().add("identifier", "child-" + child).add("associationType", "isChildOf")
                .add("originNodeURI", link(child)).add("destinationNodeURI", link(parent));
    }

    static JsonObjectBuilder level(int level, JsonValue score) {
        return Json.createObjectBuilder().add("identifier", "level-" + level).add("score", score)
                .add("quality", "Level " + level);
    }

    static JsonObjectBuilder rubric(JsonValue proficientFrom, JsonObjectBuilder... levels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder level : levels) {
            array.add(level);
        }
        return Json.createObjectBuilder().add("identifier", "rubric").add("CFRubricCriteria", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("identifier", "criterion")
                        .add("extensions", Json.createObjectBuilder().add("proficientFrom", proficientFrom))
                        .add("CFRubricCriterionLevels", array)));
    }

    /**
     * A small package: a domain with two competencies, a three-level scale; every number is made by {@code number},
     * so the same package can be written with numbers as JSON numbers or as text.
     */
    static String smallPackage(Function<String, JsonValue> number) {
        return Json.createObjectBuilder()
                .add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("d", "D"))
                        .add(item("c1", "D.1").add("extensions", Json.createObjectBuilder()
                                .add("proficientFrom", number.apply("3"))))
                        .add(item("c2", "D.2")))
                .add("CFAssociations", Json.createArrayBuilder()
                        .add(childOf("d", DOC).add("sequenceNumber", number.apply("1")))
                        .add(childOf("c1", "d").add("sequenceNumber", number.apply("2")))
                        .add(childOf("c2", "d").add("sequenceNumber", number.apply("1"))))
                .add("CFRubrics", Json.createArrayBuilder().add(rubric(number.apply("2"),
                        level(1, number.apply("1")), level(2, number.apply("2")), level(3, number.apply("3")))))
                .build().toString();
    }

    static JsonValue asNumber(String digits) {
        return Json.createValue(Integer.parseInt(digits));
    }

    @Test
    void numbersWrittenAsTextReadAsTheSameNumbers() {
        FrameworkPackage asNumbers = read(smallPackage(CaseJsonTest::asNumber));
        assertEquals(List.of(1, 2, 1), asNumbers.nodes().stream().map(FrameworkPackage.Node::sortOrder).toList());
        assertEquals(3, asNumbers.nodes().get(1).proficientFrom());
        assertEquals(2, asNumbers.header().proficientFrom());
        assertEquals(List.of(1, 2, 3), asNumbers.levels().stream().map(FrameworkPackage.Level::level).toList());

        assertEquals(asNumbers, read(smallPackage(Json::createValue)), "\"1\"");
        assertEquals(asNumbers, read(smallPackage(digits -> Json.createValue(" " + digits + " "))), "\" 1 \"");
        assertEquals(asNumbers, read(smallPackage(digits -> Json.createValue(digits + ".0"))), "\"1.0\"");
        assertEquals(asNumbers, read(smallPackage(digits -> Json.createValue(new java.math.BigDecimal(digits + ".00")))),
                "1.00");
    }

    /** A domain {@code d} with the roll-up extensions given and two competencies. */
    static String ruledPackage(JsonObjectBuilder extensions) {
        return Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("d", "D").add("extensions", extensions))
                        .add(item("c1", "D.1")).add(item("c2", "D.2")))
                .add("CFAssociations", Json.createArrayBuilder().add(childOf("d", DOC)).add(childOf("c1", "d"))
                        .add(childOf("c2", "d")))
                .build().toString();
    }

    @Test
    void aRollUpRuleTravelsInTheItemsExtensionsBothWays() {
        FrameworkPackage read = read(ruledPackage(Json.createObjectBuilder().add("rollUp", "POINTS")
                .add("rollUpThreshold", "1")));
        FrameworkPackage.Node domain = read.nodes().get(0);
        assertEquals(RollUpKind.POINTS, domain.rollUp());
        assertEquals(RollUpRule.points(1), domain.rollUpRule());
        assertNull(read.nodes().get(1).rollUp());

        jakarta.json.JsonObject written = CaseJson.write(read, "https://portal.example/case").getJsonArray("CFItems")
                .getJsonObject(0).getJsonObject("extensions");
        assertEquals("POINTS", written.getString("rollUp"));
        assertEquals(1, written.getInt("rollUpThreshold"));
        assertFalse(CaseJson.write(read, "https://portal.example/case").getJsonArray("CFItems").getJsonObject(1)
                .containsKey("extensions"), "an item without rule or threshold has no extensions");
        assertEquals(RollUpRule.allChildren(), read(ruledPackage(Json.createObjectBuilder()
                .add("rollUp", "ALL_CHILDREN"))).nodes().get(0).rollUpRule());
    }

    @Test
    void aRollUpRuleThatCannotBeReadOrReachedIsRefused() {
        assertEquals(List.of(new PackageProblem("d", "extensions.rollUp \"SOME\" must be ALL_CHILDREN or POINTS")),
                refusal(ruledPackage(Json.createObjectBuilder().add("rollUp", "SOME").add("rollUpThreshold", 1))),
                "the threshold of an unreadable rule is not reported again");
        assertEquals(List.of(new PackageProblem("d", "roll-up threshold 3 must be from 1 to the number of its"
                + " sub-competencies (2)")), refusal(ruledPackage(Json.createObjectBuilder().add("rollUp", "POINTS")
                .add("rollUpThreshold", 3))));
        assertEquals(List.of(new PackageProblem("d", "extensions.rollUpThreshold \"two\" is not a whole number"),
                new PackageProblem("d", "has a POINTS roll-up rule without a threshold")),
                refusal(ruledPackage(Json.createObjectBuilder().add("rollUp", "POINTS")
                        .add("rollUpThreshold", "two"))));
    }

    @Test
    void aScoreInWordsIsRefusedWithItsProblemAndNothingSaidTwice() {
        String json = Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1")))
                .add("CFRubrics", Json.createArrayBuilder().add(rubric(Json.createValue(2),
                        level(1, Json.createValue(1)), level(2, Json.createValue(2)),
                        level(3, Json.createValue("three")))))
                .build().toString();
        assertEquals(List.of(new PackageProblem("level-3", "score \"three\" is not a whole number")), refusal(json),
                "the scale is not also said to be numbered wrongly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2.5\"", "2.5", "\"1e3\"", "\"\u0663\"", "true", "[1]", "{}", "1e999999999"})
    void aWholeNumberFieldRefusesWhatIsNotOne(String score) {
        String json = "{\"CFDocument\": " + document().build() + ", \"CFRubrics\": [{\"CFRubricCriteria\": [{"
                + "\"CFRubricCriterionLevels\": [{\"identifier\": \"l1\", \"score\": " + score + ", \"quality\": \"One\"},"
                + " {\"identifier\": \"l2\", \"score\": 2, \"quality\": \"Two\"}]}]}]}";
        List<PackageProblem> problems = refusal(json);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("l1", problems.get(0).where());
        assertTrue(problems.get(0).what().startsWith("score "), problems.toString());
    }

    @Test
    void aProficientFromThatIsNoNumberIsRefusedWhereverItIs() {
        String json = Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1")
                        .add("extensions", Json.createObjectBuilder().add("proficientFrom", "high"))))
                .add("CFRubrics", Json.createArrayBuilder().add(rubric(JsonValue.TRUE,
                        level(1, Json.createValue(1)), level(2, Json.createValue(2)))))
                .build().toString();
        List<PackageProblem> problems = refusal(json);
        assertTrue(problems.contains(new PackageProblem("c1", "extensions.proficientFrom \"high\" is not a whole number")),
                problems.toString());
        assertTrue(problems.contains(new PackageProblem("criterion", "extensions.proficientFrom must be a whole number,"
                + " not true")), problems.toString());
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void aNumberInATextFieldIsReadAsItsDigits() {
        String json = Json.createObjectBuilder()
                .add("CFDocument", document().add("extensions", Json.createObjectBuilder().add("code", 42))
                        .add("version", 2))
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "x").add("humanCodingScheme", 7))
                        .add(item("c2", "x").add("humanCodingScheme", new java.math.BigDecimal("1.10"))))
                .build().toString();
        FrameworkPackage pkg = read(json);
        assertEquals("42", pkg.header().code());
        assertEquals("2", pkg.header().versionLabel());
        assertEquals(List.of("7", "1.10"), pkg.nodes().stream().map(FrameworkPackage.Node::code).toList());
    }

    @Test
    void textFieldsRefuseTrueFalseObjectsAndArrays() {
        String json = Json.createObjectBuilder()
                .add("CFDocument", document().add("extensions", Json.createObjectBuilder().add("code", JsonValue.TRUE)))
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1")
                        .add("abbreviatedStatement", Json.createArrayBuilder().add("a"))))
                .build().toString();
        List<PackageProblem> problems = refusal(json);
        assertTrue(problems.contains(new PackageProblem("document", "extensions.code must be text, not true")),
                problems.toString());
        assertTrue(problems.contains(new PackageProblem("c1", "abbreviatedStatement must be text, not an array")),
                problems.toString());
    }

    @Test
    void itemsGivenAsAnObjectAreRefused() {
        List<PackageProblem> problems = refusal("{\"CFDocument\": " + document().build() + ", \"CFItems\": {\"x\": 1}}");
        assertEquals(List.of(new PackageProblem("document", "CFItems must be an array, not an object")), problems);
    }

    @Test
    void anAssociationGivenAsTextIsRefused() {
        String json = Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1")))
                .add("CFAssociations", Json.createArrayBuilder().add("c1 isChildOf doc-1").add(childOf("c1", DOC)))
                .build().toString();
        assertEquals(List.of(new PackageProblem("CFAssociations[0]", "must be an object, not text")), refusal(json));
    }

    @Test
    void aNullItemIsRefused() {
        String json = Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1")).addNull())
                .build().toString();
        assertEquals(List.of(new PackageProblem("CFItems[1]", "must be an object, not null")), refusal(json));
    }

    @Test
    void missingRequiredPartsAreListed() {
        String json = Json.createObjectBuilder()
                .add("CFDocument", Json.createObjectBuilder().add("creator", "Body").add("version", "1")
                        .add("extensions", Json.createObjectBuilder().add("code", "X")))
                .add("CFItems", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fullStatement", "Orphan")))
                .add("CFAssociations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("identifier", "a1").add("originNodeURI", link("x")))
                        .add(Json.createObjectBuilder().add("identifier", "a2").add("associationType", "exactMatchOf")
                                .add("originNodeURI", Json.createObjectBuilder().add("uri", "urn:x"))
                                .add("destinationNodeURI", "urn:y")))
                .build().toString();
        List<PackageProblem> problems = refusal(json);
        for (PackageProblem expected : List.of(
                new PackageProblem("document", "has no identifier"),
                new PackageProblem("document", "has no title"),
                new PackageProblem("CFItems[0]", "has no identifier"),
                new PackageProblem("a1", "has no associationType"),
                new PackageProblem("a2", "has no originNodeURI.identifier"),
                new PackageProblem("a2", "destinationNodeURI must be an object, not text"))) {
            assertTrue(problems.contains(expected), expected + " in " + problems);
        }
    }

    @Test
    void aFileWithoutCfDocumentStillHasItsOtherProblemsListed() {
        List<PackageProblem> problems = refusal("{\"CFItems\": [null]}");
        assertEquals(List.of(new PackageProblem("document", "has no CFDocument"),
                new PackageProblem("CFItems[0]", "must be an object, not null")), problems);
    }

    @Test
    void everyProblemOfAFileIsListedInOneRefusal() {
        String json = Json.createObjectBuilder()
                .add("CFDocument", document().add("title", JsonValue.FALSE))
                .add("CFItems", Json.createArrayBuilder()
                        .add(item("c1", "SAME").add("extensions", Json.createObjectBuilder().add("proficientFrom", "x")))
                        .add(item("c2", "SAME"))
                        .addNull()
                        .add(Json.createObjectBuilder().add("fullStatement", "No identifier")))
                .add("CFAssociations", Json.createArrayBuilder()
                        .add(childOf("c1", DOC).add("sequenceNumber", "first"))
                        .add(42))
                .build().toString();
        List<PackageProblem> problems = refusal(json);
        for (PackageProblem expected : List.of(
                new PackageProblem("document", "title must be text, not false"),
                new PackageProblem("c1", "extensions.proficientFrom \"x\" is not a whole number"),
                new PackageProblem("c2", "code SAME is used by another item"),
                new PackageProblem("CFItems[2]", "must be an object, not null"),
                new PackageProblem("CFItems[3]", "has no identifier"),
                new PackageProblem("child-c1", "sequenceNumber \"first\" is not a whole number"),
                new PackageProblem("CFAssociations[1]", "must be an object, not a number"))) {
            assertTrue(problems.contains(expected), expected + " in " + problems);
        }
    }

    @Test
    void unknownAssociationTypesAreIgnoredWhateverElseTheyHold() {
        String json = Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1")))
                .add("CFAssociations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("identifier", "p1").add("associationType", "precedes")
                                .add("originNodeURI", "not a link")))
                .build().toString();
        FrameworkPackage pkg = read(json);
        assertTrue(pkg.associations().isEmpty());
        assertNull(pkg.nodes().get(0).parentIdentifier());
    }

    static String chain(int levels) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder associations = Json.createArrayBuilder();
        for (int i = 1; i <= levels; i++) {
            items.add(item("n" + i, "N" + i));
            associations.add(childOf("n" + i, i == 1 ? DOC : "n" + (i - 1)).add("sequenceNumber", 1));
        }
        return Json.createObjectBuilder().add("CFDocument", document()).add("CFItems", items)
                .add("CFAssociations", associations).build().toString();
    }

    @Test
    void aTreeDeeperThanTheCapIsRefusedWithOneClearProblem() {
        int tooDeep = Framework.MAX_DEPTH + 1;
        assertEquals(List.of(new PackageProblem("n" + tooDeep, "is on level " + tooDeep + " of the tree; a framework"
                + " may have at most " + Framework.MAX_DEPTH + " levels")), refusal(chain(3_000)));
    }

    @Test
    void moreItemsThanTheCapAreRefusedWithoutCheckingEach() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i <= Framework.MAX_COMPETENCIES; i++) {
            items.addNull();
        }
        String json = Json.createObjectBuilder().add("CFDocument", document()).add("CFItems", items).build().toString();
        assertEquals(List.of(new PackageProblem("document", "has " + (Framework.MAX_COMPETENCIES + 1)
                + " items; a framework may hold at most " + Framework.MAX_COMPETENCIES)), refusal(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{oops", "[1, 2]", "\"text\"", "null", "{\"CFDocument\": [1]}",
            "{\"CFDocument\": {\"identifier\": {\"a\": 1}}, \"CFItems\": \"none\", \"CFAssociations\": 5,"
                    + " \"CFRubrics\": {\"x\": null}}",
            "{\"CFDocument\": {}, \"CFRubrics\": [{\"CFRubricCriteria\": [{\"CFRubricCriterionLevels\": [7, null]}]}]}",
            "{\"CFDocument\": {}, \"CFRubrics\": [{\"CFRubricCriteria\": \"x\"}]}",
            "{\"CFDocument\": {\"licenseURI\": \"https://x\", \"extensions\": []}}",
            "{\"CFDocument\": {}, \"CFAssociations\": [{\"associationType\": \"isChildOf\", \"originNodeURI\": {\"identifier\": 1},"
                    + " \"destinationNodeURI\": {\"identifier\": [1]}}]}",
            "{\"CFDocument\": {}, \"CFAssociations\": [{\"associationType\": [\"exactMatchOf\"]}]}",
            "{\"CFDocument\": {}, \"CFItems\": [{\"identifier\": \"a\", \"extensions\": 3}]}"})
    void malformedFilesAreRefusedNeverFailing(String json) {
        List<PackageProblem> problems = refusal(json);
        assertFalse(problems.isEmpty());
        problems.forEach(p -> assertTrue(p.where() != null && p.what() != null, p.toString()));
    }

    @Test
    void jsonNestedWithoutEndIsRefusedNotRecursedInto() {
        String json = "{\"CFDocument\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertTrue(refusal(json).get(0).what().startsWith("could not be read as JSON"));
    }

    @Test
    void aNumberTooLongToReadIsRefused() {
        assertEquals("document", refusal("{\"CFDocument\": {\"version\": 1" + "0".repeat(5_000) + "}}").get(0).where());
    }

    @Test
    void aLongStatementWithoutTitleIsShortenedButAGivenTitleIsNever() {
        String statement = "x".repeat(400);
        FrameworkPackage pkg = read(Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1").add("fullStatement", statement)))
                .build().toString());
        assertEquals(300, pkg.nodes().get(0).title().length());
        assertTrue(pkg.nodes().get(0).title().endsWith("…"));
        List<PackageProblem> problems = refusal(Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("c1", "C1").add("abbreviatedStatement", statement)))
                .build().toString());
        assertEquals(List.of(new PackageProblem("c1", "title is longer than 300 characters")), problems);
    }

    @Test
    void severalParentsAreRefusedButTheSameParentTwiceIsNot() {
        String json = Json.createObjectBuilder().add("CFDocument", document())
                .add("CFItems", Json.createArrayBuilder().add(item("a", "A")).add(item("b", "B")).add(item("c", "C")))
                .add("CFAssociations", Json.createArrayBuilder()
                        .add(childOf("c", "a")).add(childOf("c", "b").add("identifier", "again"))
                        .add(childOf("a", DOC)).add(childOf("a", DOC).add("identifier", "same-parent-twice")))
                .build().toString();
        assertEquals(List.of(new PackageProblem("c", "has more than one parent")), refusal(json));
    }
}
