package org.healthengineering.portal.domain.framework;

import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkTest {

    private static Framework draft() {
        return Framework.draft(FrameworkPackageTest.header(2), FrameworkPackageTest.SCALE, null, Instant.EPOCH);
    }

    @Test
    void aNodeMayGoOnTheLastAllowedLevelButNotBelowIt() {
        Framework framework = draft();
        assertDoesNotThrow(() -> framework.requireDepthFor(0, 1), "a top-level node");
        assertDoesNotThrow(() -> framework.requireDepthFor(Framework.MAX_DEPTH - 1, 1), "a node on the last level");
        InvalidInputException tooDeep = assertThrows(InvalidInputException.class,
                () -> framework.requireDepthFor(Framework.MAX_DEPTH, 1));
        assertEquals("parentId", tooDeep.getProblems().get(0).field());
        assertTrue(tooDeep.getMessage().contains("at most " + Framework.MAX_DEPTH + " levels"), tooDeep.getMessage());
    }

    @Test
    void aMovedSubtreeCountsItsOwnLevels() {
        Framework framework = draft();
        assertDoesNotThrow(() -> framework.requireDepthFor(5, Framework.MAX_DEPTH - 5));
        InvalidInputException tooDeep = assertThrows(InvalidInputException.class,
                () -> framework.requireDepthFor(5, Framework.MAX_DEPTH - 4));
        assertTrue(tooDeep.getMessage().contains("make it " + (Framework.MAX_DEPTH + 1) + " deep"), tooDeep.getMessage());
    }

    @Test
    void aFullFrameworkTakesNoMore() {
        Framework framework = draft();
        assertDoesNotThrow(() -> framework.requireRoomForAnother(Framework.MAX_COMPETENCIES - 1));
        ConflictException full = assertThrows(ConflictException.class,
                () -> framework.requireRoomForAnother(Framework.MAX_COMPETENCIES));
        assertTrue(full.getMessage().contains("at most " + Framework.MAX_COMPETENCIES), full.getMessage());
    }

    @Test
    void aRefusedLifecycleStepNamesTheStatusInWords() {
        Framework framework = draft();
        framework.publish(Instant.EPOCH);
        assertEquals("Only a draft can be published; this framework is published.",
                assertThrows(ConflictException.class, () -> framework.publish(Instant.EPOCH)).getMessage());
        assertEquals("A published framework cannot be changed; make a new version to edit it.",
                assertThrows(ConflictException.class, framework::requireDraft).getMessage());
        framework.retire(Instant.EPOCH);
        assertEquals("Only a published framework can be retired; this one is retired.",
                assertThrows(ConflictException.class, () -> framework.retire(Instant.EPOCH)).getMessage());
    }

    @Test
    void onlyADraftTakesNewNodes() {
        Framework framework = draft();
        framework.publish(Instant.EPOCH);
        assertThrows(ConflictException.class, () -> framework.requireDepthFor(0, 1));
        assertThrows(ConflictException.class, () -> framework.requireRoomForAnother(0));
    }
}
