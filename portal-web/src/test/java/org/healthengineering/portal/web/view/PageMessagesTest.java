package org.healthengineering.portal.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A service's name for a field becomes the id of the component that shows it. */
class PageMessagesTest {

    @Test
    void tableRowFieldsBecomeRowComponentPaths() {
        assertEquals("title", PageMessages.componentPath("title"));
        assertEquals("lines:3:fte", PageMessages.componentPath("lines[3].fte"));
        assertEquals("lines:3", PageMessages.componentPath("lines[3]"));
        assertEquals("rules:0:groups:2:code", PageMessages.componentPath("rules[0].groups[2].code"));
    }
}
