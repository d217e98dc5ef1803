package org.healthengineering.portal.application.cpd;

import java.text.Normalizer;

/**
 * What an engineer typed, made fit to print: whatever was pasted into a reflection (a stray NUL, a form feed, half
 * of an emoji cut off by a truncation) must neither stop the portfolio being produced nor vanish without trace.
 */
final class PrintableText {

    static final char REPLACEMENT = '\uFFFD';

    private PrintableText() {
    }

    /**
     * The text with every kind of line break as {@code \n}, tabs as spaces, other control characters removed,
     * an unpaired surrogate shown as U+FFFD, and letters composed (NFC): "e" followed by combining marks
     * becomes the single "ễ" the font draws well, because PDFBox does not position marks over their letter.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String lines = text.replace("\r\n", "\n");
        lines.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append('\n');
            } else if (Character.getType(c) == Character.SURROGATE) {
                out.append(REPLACEMENT);
            } else if (Character.getType(c) != Character.CONTROL) {
                out.appendCodePoint(c);
            }
        });
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
