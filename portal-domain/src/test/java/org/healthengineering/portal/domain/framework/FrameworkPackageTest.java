package org.healthengineering.portal.domain.framework;

import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkPackageTest {

    static final List<FrameworkPackage.Level> SCALE = List.of(new FrameworkPackage.Level(1, "Aware", null),
            new FrameworkPackage.Level(2, "Practised", null), new FrameworkPackage.Level(3, "Expert", null));

    static FrameworkPackage.Header header(int proficientFrom) {
        return new FrameworkPackage.Header("doc-1", null, "TEST", "Test framework", "Test body", null, null, "1.0",
                proficientFrom, FrameworkStatus.DRAFT);
    }

    static FrameworkPackage.Node node(String id, String parent, String code) {
        return new FrameworkPackage.Node(id, null, parent, code, "Title " + code, "Statement " + code, "Competency",
                1, null);
    }

    @Test
    void aWellFormedPackageHasNoProblems() {
        FrameworkPackage pkg = new FrameworkPackage(header(2), SCALE,
                List.of(node("a", null, "A"), node("a1", "a", "A.1"), node("a11", "a1", "A.1.1")), List.of());
        assertTrue(pkg.problems().isEmpty(), pkg.problems().toString());
    }

    @Test
    void everyProblemIsListedWithWhereItIs() {
        List<FrameworkPackage.Node> nodes = new ArrayList<>(List.of(node("a", null, "A"), node("b", "missing", "B"),
                node("c", null, "A"), node("d", null, "bad code!")));
        nodes.add(new FrameworkPackage.Node("e", null, null, "E", " ", null, null, 1, 9));
        List<PackageProblem> problems = new FrameworkPackage(header(7), SCALE, nodes, List.of()).problems();
        assertTrue(problems.contains(new PackageProblem("b", "its parent missing is not in the file")));
        assertTrue(problems.contains(new PackageProblem("c", "code A is used by another item")));
        assertTrue(problems.stream().anyMatch(p -> p.where().equals("d") && p.what().startsWith("code \"bad code!\"")));
        assertTrue(problems.contains(new PackageProblem("e", "has no title")));
        assertTrue(problems.contains(new PackageProblem("e", "has no statement")));
        assertTrue(problems.contains(new PackageProblem("e", "proficient-from level 9 is not on the scale")));
        assertTrue(problems.contains(new PackageProblem("scale", "proficient-from level 7 is not on the scale")));
    }

    @Test
    void rollUpRulesAreCheckedAgainstTheNodesChildrenInTheFile() {
        List<FrameworkPackage.Node> nodes = List.of(
                ruled("good", null, "G", RollUpKind.POINTS, 2), node("g1", "good", "G.1"), node("g2", "good", "G.2"),
                ruled("all", null, "A", RollUpKind.ALL_CHILDREN, null), node("a1", "all", "A.1"),
                ruled("leaf", null, "L", RollUpKind.ALL_CHILDREN, null),
                ruled("many", null, "M", RollUpKind.POINTS, 3), node("m1", "many", "M.1"), node("m2", "many", "M.2"),
                ruled("loose", null, "X", null, 1), node("x1", "loose", "X.1"),
                ruled("both", null, "B", RollUpKind.ALL_CHILDREN, 1), node("b1", "both", "B.1"));
        List<PackageProblem> problems = new FrameworkPackage(header(2), SCALE, nodes, List.of()).problems();
        assertEquals(List.of(
                new PackageProblem("leaf", "has a roll-up rule but no sub-competencies to reach it through"),
                new PackageProblem("many", "roll-up threshold 3 must be from 1 to the number of its"
                        + " sub-competencies (2)"),
                new PackageProblem("loose", "has a roll-up threshold but no roll-up rule (ALL_CHILDREN or POINTS)"),
                new PackageProblem("both", "has a roll-up threshold with ALL_CHILDREN, which counts every"
                        + " sub-competency")), problems);
    }

    private static FrameworkPackage.Node ruled(String id, String parent, String code, RollUpKind kind,
                                               Integer threshold) {
        return new FrameworkPackage.Node(id, null, parent, code, "Title " + code, "Statement " + code, "Competency",
                1, null, kind, threshold);
    }

    @Test
    void parentsThatFormALoopAreRefused() {
        List<PackageProblem> problems = new FrameworkPackage(header(2), SCALE,
                List.of(node("a", "b", "A"), node("b", "a", "B")), List.of()).problems();
        assertTrue(problems.stream().anyMatch(p -> p.what().contains("loop")), problems.toString());
    }

    @Test
    void aScaleNeedsTwoLevelsNumberedFromOne() {
        assertTrue(new FrameworkPackage(header(1), List.of(new FrameworkPackage.Level(1, "Only", null)), List.of(),
                List.of()).problems().contains(new PackageProblem("scale", "a proficiency scale needs at least two levels")));
        assertTrue(new FrameworkPackage(header(2), List.of(new FrameworkPackage.Level(2, "Two", null),
                new FrameworkPackage.Level(3, "Three", null)), List.of(), List.of()).problems()
                .contains(new PackageProblem("scale", "levels must be numbered 1 to 2")));
    }

    @Test
    void aCrosswalkMustStartInsideThePackage() {
        FrameworkPackage pkg = new FrameworkPackage(header(2), SCALE, List.of(node("a", null, "A")),
                List.of(new FrameworkPackage.Association("x", CrosswalkKind.EXACT_MATCH, "elsewhere", "a", null)));
        assertEquals(1, pkg.problems().size());
    }

    /** A chain of {@code levels} nodes, each the only child of the one before. */
    static List<FrameworkPackage.Node> chain(int levels) {
        List<FrameworkPackage.Node> nodes = new ArrayList<>();
        for (int i = 1; i <= levels; i++) {
            nodes.add(node("n" + i, i == 1 ? null : "n" + (i - 1), "N" + i));
        }
        return nodes;
    }

    @Test
    void aTreeMayBeAsDeepAsTheCapButNoDeeper() {
        assertTrue(new FrameworkPackage(header(2), SCALE, chain(Framework.MAX_DEPTH), List.of()).problems().isEmpty());
        List<PackageProblem> problems = new FrameworkPackage(header(2), SCALE, chain(3_000), List.of()).problems();
        assertEquals(List.of(new PackageProblem("n" + (Framework.MAX_DEPTH + 1), "is on level "
                + (Framework.MAX_DEPTH + 1) + " of the tree; a framework may have at most " + Framework.MAX_DEPTH
                + " levels")), problems, "one problem, where the tree first goes too deep");
    }

    @Test
    void aPackageMayHoldAsManyItemsAsTheCapButNoMore() {
        List<FrameworkPackage.Node> nodes = new ArrayList<>();
        for (int i = 1; i <= Framework.MAX_COMPETENCIES; i++) {
            nodes.add(node("n" + i, null, "N" + i));
        }
        assertTrue(new FrameworkPackage(header(2), SCALE, nodes, List.of()).problems().isEmpty());
        nodes.add(node("one-more", null, "ONE-MORE"));
        assertEquals(List.of(new PackageProblem("document", "has " + (Framework.MAX_COMPETENCIES + 1)
                        + " items; a framework may hold at most " + Framework.MAX_COMPETENCIES)),
                new FrameworkPackage(header(2), SCALE, nodes, List.of()).problems());
    }

    @Test
    void aNodeWithoutACodeShowsItsIdentifierOrAUuidMadeFromIt() {
        assertEquals("c-1", node("c-1", null, null).shownCode());
        assertEquals("A.1", node("c-1", null, "A.1").shownCode());
        String madeUp = node("urn:x:item 1", null, null).shownCode();
        assertTrue(madeUp.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), madeUp);
        assertEquals(madeUp, node("urn:x:item 1", null, null).shownCode(), "the same at every import");
        assertTrue(new FrameworkPackage(header(2), SCALE, List.of(node("urn:x:item 1", null, null)), List.of())
                .problems().isEmpty());
    }

    @Test
    void aMissingCodeIsNoProblemButABlankOneIsAndAMadeOneMustNotClash() {
        assertTrue(FrameworkPackage.nodeProblems(node("a", null, null), java.util.Set.of(1, 2, 3)).isEmpty());
        assertEquals("has no code", FrameworkPackage.nodeProblems(node("a", null, " "), java.util.Set.of(1, 2, 3))
                .get(0).message());
        List<PackageProblem> problems = new FrameworkPackage(header(2), SCALE,
                List.of(node("b", null, "A"), node("A", null, null)), List.of()).problems();
        assertEquals(List.of(new PackageProblem("A", "has no code of its own, and the one made from its identifier"
                + " (A) is the code of another item")), problems);
    }

    @Test
    void identifiersAndCodesThatTheDatabaseWouldEquateAreRefused() {
        List<PackageProblem> problems = new FrameworkPackage(header(2), SCALE, List.of(node("item-é", null, "A.1"),
                node("ITEM-e ", null, "a.1"), node("other", null, "B")), List.of()).problems();
        assertEquals(List.of(new PackageProblem("ITEM-e ", "identifier differs from another item's only in letter"
                        + " case, accents or trailing spaces, which the portal does not tell apart"),
                new PackageProblem("ITEM-e ", "code a.1 is used by another item")), problems);
    }

    @Test
    void theLifecycleOnlyMovesForward() {
        Framework framework = Framework.draft(header(2), SCALE, null, Instant.EPOCH);
        assertThrows(org.healthengineering.portal.domain.shared.ConflictException.class,
                () -> framework.retire(Instant.EPOCH), "a draft cannot be retired");
        framework.publish(Instant.EPOCH);
        assertEquals(FrameworkStatus.PUBLISHED, framework.getStatus());
        assertThrows(org.healthengineering.portal.domain.shared.ConflictException.class, framework::requireDraft,
                "a published framework cannot be edited");
        assertThrows(org.healthengineering.portal.domain.shared.ConflictException.class,
                () -> framework.publish(Instant.EPOCH));
        framework.retire(Instant.EPOCH);
        assertEquals(FrameworkStatus.RETIRED, framework.getStatus());
        assertThrows(org.healthengineering.portal.domain.shared.ConflictException.class,
                () -> framework.publish(Instant.EPOCH), "a retired framework stays retired");
    }

    @Test
    void proficiencyFollowsTheScaleUnlessACompetencyOverridesIt() {
        Framework framework = Framework.draft(header(2), SCALE, null, Instant.EPOCH);
        assertTrue(framework.isProficient(2, null));
        assertTrue(!framework.isProficient(1, null));
        assertTrue(!framework.isProficient(2, 3));
        assertEquals(3, framework.highestLevel());
    }

    @Test
    void theNextVersionLabelCountsOn() {
        assertEquals("2.0", Framework.nextVersionLabel("1.0"));
        assertEquals("v3.0", Framework.nextVersionLabel("v2.4"));
        assertEquals("2027", Framework.nextVersionLabel("2026"));
        assertEquals("draft (next)", Framework.nextVersionLabel("draft"));
        // A date or a date and time is not a number to count on: "2018-00-00T00:00:00+00:00" would be nonsense.
        assertEquals("2017-09-22 (next)", Framework.nextVersionLabel("2017-09-22T23:13:54+00:00"));
        assertEquals("2024-06-01 (next)", Framework.nextVersionLabel("2024-06-01"));
    }

    @Test
    void aVersionThatIsADateAndTimeShowsAsItsDayAndIsStoredAsGiven() {
        FrameworkPackage.Header fromCase = new FrameworkPackage.Header("doc-1", null, "TEST", "Test framework",
                "Test body", null, null, "2017-09-22T23:13:54+00:00", 2, FrameworkStatus.DRAFT);
        Framework framework = Framework.draft(fromCase, SCALE, null, Instant.EPOCH);
        assertEquals("22 Sep 2017", framework.displayVersion());
        assertEquals("2017-09-22T23:13:54+00:00", framework.getVersionLabel(), "kept, to tell versions apart");
        assertEquals("2017-09-22T23:13:54+00:00", framework.header().versionLabel(), "and exported as it came");
        assertEquals("1 Mar 2026", Framework.displayVersion("2026-03-01T08:00:00.123456Z"));
        assertEquals("31 Dec 2025", Framework.displayVersion("2025-12-31T23:30:00-05:00"), "its own offset's day");
        for (String label : List.of("1.0", "2026", "2024-06-01", "v2 (T-series)", "draft")) {
            assertEquals(label, Framework.displayVersion(label), "a label that is not a timestamp shows as given");
        }
    }
}
