package org.healthengineering.portal.application.cpd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintableTextTest {

    @Test
    void lineBreaksOfEveryKindBecomeNewLines() {
        assertEquals("a\nb\nc\nd\ne\nf\ng", PrintableText.clean("a\r\nb\rc\u000Bd\u0085e\u2028f\u2029g"));
    }

    @Test
    void tabsBecomeSpacesAndOtherControlCharactersGo() {
        assertEquals("a b", PrintableText.clean("a\t\u0000\u0007\u001B\u007F\u009Bb"));
    }

    @Test
    void halfASurrogatePairShowsAsTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD", PrintableText.clean("a\uD83Db\uDE00"));
        assertEquals("a\uD83D\uDE00b", PrintableText.clean("a\uD83D\uDE00b"));
    }

    @Test
    void lettersAndTheirMarksAreComposed() {
        assertEquals("Nguy\u1EC5n", PrintableText.clean("Nguye\u0302\u0303n"));
    }

    @Test
    void nothingIsEmpty() {
        assertEquals("", PrintableText.clean(null));
    }
}
