package org.healthengineering.portal.domain.framework;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
}
