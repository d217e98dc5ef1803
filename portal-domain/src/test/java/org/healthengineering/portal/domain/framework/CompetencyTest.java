package org.healthengineering.portal.domain.framework;

import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompetencyTest {

    private static FrameworkPackage.Node node(String identifier, String code) {
        return new FrameworkPackage.Node(identifier, "https://example.org/" + identifier, null, code, "Title",
                "Statement", "Competency", 3, null);
    }

    @Test
    void aNodeWithoutACodeShowsOneMadeFromItsIdentifierButDoesNotClaimIt() {
        Competency competency = new Competency(1L, null, node("c-17", null));
        assertEquals("c-17", competency.getCode(), "shown and found by");
        assertFalse(competency.isCodeGiven());
        assertNull(competency.toNode(null).code(), "an export leaves it out again");
        assertEquals("c-17", competency.toNode(null).shownCode());
    }

    @Test
    void aMadeCodeIsNotShownToPeopleButStaysTheStoredCode() {
        String identifier = "c0a8e4f2-9d11-4c3a-b7a1-0d5f3e2a9b10";
        Competency guid = new Competency(1L, null, node(identifier, null));
        assertEquals(identifier, guid.getCode(), "stored and found by, as before");
        assertEquals("", guid.displayCode());
        assertEquals("Title", guid.displayName());
        Competency given = new Competency(1L, null, node(identifier, "TECH.2"));
        assertEquals("TECH.2", given.displayCode());
        assertEquals("TECH.2 Title", given.displayName());
        // Giving the node a code of its own makes it shown.
        guid.describe("TECH.3", "Title", "Statement", null, null);
        assertEquals("TECH.3", guid.displayCode());
    }

    @Test
    void aGivenCodeIsKeptAndExported() {
        Competency competency = new Competency(1L, null, node("c-17", " D1.2 "));
        assertEquals("D1.2", competency.getCode());
        assertTrue(competency.isCodeGiven());
        assertEquals("D1.2", competency.toNode(null).code());
    }

    @Test
    void editingKeepsAMadeCodeMadeUnlessTheCodeChanges() {
        Competency competency = new Competency(1L, null, node("c-17", null));
        competency.describe("c-17", "New title", "New statement", null, null);
        assertFalse(competency.isCodeGiven(), "saving the form unchanged claims nothing");
        assertNull(competency.toNode(null).code());
        assertEquals("New title", competency.toNode(null).title());
        competency.describe("X.1", "New title", "New statement", null, null);
        assertTrue(competency.isCodeGiven());
        assertEquals("X.1", competency.toNode(null).code());
    }

    @Test
    void aNodeWithoutATypeShowsTheDefaultButExportsNone() {
        Competency competency = new Competency(1L, null, new FrameworkPackage.Node("c-1", null, null, "C1", "Title",
                "Statement", null, 1, null));
        assertEquals(Competency.DEFAULT_TYPE, competency.getItemType());
        assertNull(competency.toNode(null).itemType());
        competency.describe("C1", "Title", "Statement", " Indicator ", null);
        assertEquals("Indicator", competency.toNode(null).itemType());
    }

    @Test
    void aNewVersionMakesTheSameCodeAgain() {
        Competency original = new Competency(1L, null, node("c-17", null));
        Competency copy = new Competency(2L, null, original.toNode(null));
        assertEquals(original.getCode(), copy.getCode());
        assertFalse(copy.isCodeGiven());
    }

    @Test
    void aNodeWithChildrenIsGivenARollUpRuleAndLosesItAgain() {
        Competency parent = new Competency(1L, null, node("p", "P"));
        assertNull(parent.getRollUp(), "no rule until one is set");
        parent.ruleRollUp(RollUpKind.POINTS, 3, 5);
        assertEquals(RollUpRule.points(3), parent.getRollUp());
        parent.ruleRollUp(RollUpKind.ALL_CHILDREN, null, 5);
        assertEquals(RollUpRule.allChildren(), parent.getRollUp());
        assertNull(parent.getRollUp().getThreshold(), "all children: no threshold stored");
        parent.clearRollUp();
        assertNull(parent.getRollUp());
    }

    @Test
    void aRollUpRuleIsRefusedWithEveryProblemAndTheNodeKeepsItsRule() {
        Competency leaf = new Competency(1L, null, node("l", "L"));
        InvalidInputException noChildren = assertThrows(InvalidInputException.class,
                () -> leaf.ruleRollUp(RollUpKind.POINTS, null, 0));
        assertEquals(List.of("competencyId", "threshold"), fields(noChildren));
        assertNull(leaf.getRollUp());

        Competency parent = new Competency(1L, null, node("p", "P"));
        parent.ruleRollUp(RollUpKind.POINTS, 2, 3);
        assertEquals(List.of("threshold"), fields(assertThrows(InvalidInputException.class,
                () -> parent.ruleRollUp(RollUpKind.POINTS, 4, 3))), "more than the children");
        assertEquals(List.of("threshold"), fields(assertThrows(InvalidInputException.class,
                () -> parent.ruleRollUp(RollUpKind.POINTS, 0, 3))), "fewer than one");
        assertEquals(List.of("threshold"), fields(assertThrows(InvalidInputException.class,
                () -> parent.ruleRollUp(RollUpKind.POINTS, null, 3))), "points without a number");
        assertEquals(List.of("threshold"), fields(assertThrows(InvalidInputException.class,
                () -> parent.ruleRollUp(RollUpKind.ALL_CHILDREN, 3, 3))), "all children take no number");
        assertEquals(List.of("rollUp"), fields(assertThrows(InvalidInputException.class,
                () -> parent.ruleRollUp(null, 2, 3))));
        assertEquals(RollUpRule.points(2), parent.getRollUp(), "a refused rule changes nothing");
        parent.ruleRollUp(RollUpKind.POINTS, 3, 3);
        assertEquals(RollUpRule.points(3), parent.getRollUp(), "the threshold may be every child");
    }

    @Test
    void aRollUpRuleTravelsWithTheNodeIntoANewVersion() {
        Competency original = new Competency(1L, null, node("p", "P"));
        original.ruleRollUp(RollUpKind.POINTS, 2, 4);
        FrameworkPackage.Node node = original.toNode(null);
        assertEquals(RollUpKind.POINTS, node.rollUp());
        assertEquals(2, node.rollUpThreshold());
        Competency copy = new Competency(2L, null, node);
        assertEquals(RollUpRule.points(2), copy.getRollUp());
        assertNull(new Competency(2L, null, node("q", "Q")).toNode(null).rollUp(), "no rule, none exported");
    }

    private static List<String> fields(InvalidInputException refused) {
        return refused.getProblems().stream().map(FieldProblem::field).toList();
    }
}
