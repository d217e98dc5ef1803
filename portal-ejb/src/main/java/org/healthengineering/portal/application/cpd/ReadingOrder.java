package org.healthengineering.portal.application.cpd;

import org.apache.fontbox.ttf.CmapLookup;

import java.text.Bidi;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Arabic and Hebrew are written right to left, and a line may mix them with English and numbers. Text is kept
 * in the order it is read (the order it was typed, and the order it is wrapped in); PDFBox draws glyphs in the
 * order it is given them, left to right. This puts each line's glyphs in the order they appear on the page, by
 * the Unicode bidirectional algorithm (the JDK's {@link Bidi}), and turns brackets inside right-to-left text to
 * face the right way. PDF readers and PDFBox's text extraction turn the drawn order back into reading order.
 */
final class ReadingOrder {

    private static final Map<Character, Character> MIRRORED = Map.ofEntries(Map.entry('(', ')'),
            Map.entry(')', '('), Map.entry('[', ']'), Map.entry(']', '['), Map.entry('{', '}'), Map.entry('}', '{'),
            Map.entry('<', '>'), Map.entry('>', '<'), Map.entry('«', '»'), Map.entry('»', '«'),
            Map.entry('‹', '›'), Map.entry('›', '‹'), Map.entry('≤', '≥'), Map.entry('≥', '≤'));

    private ReadingOrder() {
    }

    /** Whether a paragraph reads right to left: its first letter is one of a right-to-left script. */
    static boolean isRightToLeft(String paragraph) {
        return !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** One line's glyphs, in reading order, in the order they are drawn from left to right. */
    static List<Typeface.Glyph> leftToRight(List<Typeface.Glyph> line, boolean rightToLeftParagraph) {
        StringBuilder text = new StringBuilder();
        int[] start = new int[line.size()];
        for (int i = 0; i < line.size(); i++) {
            start[i] = text.length();
            text.append(line.get(i).text());
        }
        char[] chars = text.toString().toCharArray();
        if (!rightToLeftParagraph && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(chars, 0, null, 0, chars.length,
                rightToLeftParagraph ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[line.size()];
        Typeface.Glyph[] glyphs = new Typeface.Glyph[line.size()];
        for (int i = 0; i < glyphs.length; i++) {
            levels[i] = (byte) bidi.getLevelAt(start[i]);
            glyphs[i] = levels[i] % 2 == 1 ? mirrored(line.get(i)) : line.get(i);
        }
        Bidi.reorderVisually(levels, 0, glyphs, 0, glyphs.length);
        return Arrays.asList(glyphs);
    }

    /** A bracket in right-to-left text as its mirror image, where the font has it. */
    private static Typeface.Glyph mirrored(Typeface.Glyph glyph) {
        Character mirror = glyph.text().length() == 1 ? MIRRORED.get(glyph.text().charAt(0)) : null;
        CmapLookup cmap = glyph.visible() ? glyph.font().getCmapLookup() : null;
        if (mirror == null || cmap == null || cmap.getGlyphId(mirror) <= 0) {
            return glyph;
        }
        String mirrored = String.valueOf(mirror);
        return new Typeface.Glyph(mirrored, mirrored, glyph.font(), glyph.fakeBold(), glyph.advance());
    }
}
