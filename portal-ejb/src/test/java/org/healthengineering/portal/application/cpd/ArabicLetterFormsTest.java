package org.healthengineering.portal.application.cpd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ArabicLetterFormsTest {

    private static String shaped(String text) {
        return ArabicLetterForms.shape(text, c -> true);
    }

    @Test
    void lettersJoinAtTheStartInTheMiddleAndAtTheEnd() {
        assertEquals("\uFEE3\uFEA4\uFEE4\uFEAA", shaped("محمد"));
    }

    @Test
    void aLetterThatJoinsOnlyBackwardsStartsAFreshJoin() {
        assertEquals("\uFE83\uFEA3\uFEE4\uFEAA \uFEE3\uFEAE\uFEF3\uFEE2", shaped("أحمد مريم"));
    }

    @Test
    void lamAndAlefBecomeOneLigature() {
        assertEquals("\uFEFB", shaped("لا"));
        assertEquals("\uFEB3\uFEFC\uFEE1", shaped("سلام"));
    }

    @Test
    void marksDoNotBreakAJoin() {
        assertEquals("\uFE91\u064E\uFE90", shaped("بَب"));
    }

    @Test
    void aZeroWidthNonJoinerDoes() {
        assertEquals("\uFE8F\u200C\uFE8F", shaped("ب\u200Cب"));
    }

    @Test
    void urduLettersJoinToo() {
        assertEquals("\uFB58\uFE8E\uFB90\uFEB4\uFE98\uFE8E\uFEE5", shaped("پاکستان"));
    }

    @Test
    void aFormNoFontHasLeavesTheLetterAsItIs() {
        assertEquals("محمد", ArabicLetterForms.shape("محمد", c -> false));
    }

    @Test
    void textWithoutArabicIsUntouched() {
        String text = "Łukasz Żółć-Nguyễn";
        assertSame(text, shaped(text));
    }
}
