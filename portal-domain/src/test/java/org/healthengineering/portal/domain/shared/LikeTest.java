package org.healthengineering.portal.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikeTest {

    @Test
    void wildcardsInTheTextAreMatchedAsTyped() {
        assertEquals("%pump%", Like.containing("pump"));
        assertEquals("%100\\% \\_ \\\\%", Like.containing("100% _ \\"));
    }
}
