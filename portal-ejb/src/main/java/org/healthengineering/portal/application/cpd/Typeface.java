package org.healthengineering.portal.application.cpd;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One style (regular or bold) of a document's lettering: for each character, the first bundled font that has a
 * glyph for it. The same choice gives both the width a line is wrapped to and the font it is drawn in, so lines
 * wrap where they are drawn. A character no font has is drawn as U+FFFD, so the reader sees that something is
 * missing; nothing a person can type makes it fail.
 * <p>
 * Fonts are embedded as subsets, each only once something is written in it.
 */
final class Typeface {

    /** One character as it is set: drawn in {@code font} unless invisible, {@code advance} in 1/1000 em. */
    record Glyph(String text, PDType0Font font, boolean fakeBold, float advance) {

        boolean visible() {
            return font != null;
        }

        boolean isSpace() {
            return " ".equals(text);
        }

        /** Whether a line may not be cut just before this glyph: it is a mark on, or joiner to, the one before. */
        boolean clingsToPrevious() {
            int c = text.codePointAt(0);
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.INHERITED
                    || Character.getType(c) == Character.FORMAT;
        }
    }

    private final PDDocument document;
    private final boolean bold;
    private final List<BundledFont> fonts;
    private final Map<BundledFont, PDType0Font> loaded = new EnumMap<>(BundledFont.class);

    private Typeface(PDDocument document, boolean bold, List<BundledFont> fonts) {
        this.document = document;
        this.bold = bold;
        this.fonts = fonts;
    }

    static Typeface regular(PDDocument document) {
        List<BundledFont> fonts = new ArrayList<>();
        fonts.add(BundledFont.DEJAVU_SANS);
        fonts.addAll(BundledFont.FALLBACKS);
        return new Typeface(document, false, fonts);
    }

    /** Bold; where the bold font lacks a glyph, a regular one is drawn thickened. */
    static Typeface bold(PDDocument document) {
        List<BundledFont> fonts = new ArrayList<>();
        fonts.add(BundledFont.DEJAVU_SANS_BOLD);
        fonts.add(BundledFont.DEJAVU_SANS);
        fonts.addAll(BundledFont.FALLBACKS);
        return new Typeface(document, true, fonts);
    }

    /**
     * The text (one line of a paragraph, already {@linkplain PrintableText#clean cleaned}) as glyphs. A mark
     * stays in the font of the letter before it when that font has it, so a letter and its accents are never
     * split across fonts; so do spaces, digits and punctuation, so a phrase in one script is one run of one
     * font, which PDFBox shapes as a whole. Arabic letters are first given their joined forms. Format characters (joiners, direction marks, soft hyphens) are kept, for
     * they shape their neighbours, but not drawn.
     */
    List<Glyph> set(String text) {
        text = ArabicLetterForms.shape(text, c -> fontFor(c, null) != null);
        List<Glyph> glyphs = new ArrayList<>(text.length());
        BundledFont previous = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String character = text.substring(i, i + Character.charCount(c));
            i += character.length();
            if (Character.getType(c) == Character.FORMAT) {
                glyphs.add(new Glyph(character, null, false, 0));
                continue;
            }
            BundledFont font = fontFor(c, previous);
            if (font == null && isVariationSelector(c)) {
                glyphs.add(new Glyph(character, null, false, 0));
                continue;
            }
            if (font == null) {
                character = String.valueOf(PrintableText.REPLACEMENT);
                font = fontFor(PrintableText.REPLACEMENT, null);
                if (font == null) {
                    character = "?";
                    font = fonts.get(0);
                }
            }
            glyphs.add(glyph(character, font));
            previous = font;
        }
        return glyphs;
    }

    private BundledFont fontFor(int codePoint, BundledFont previous) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (previous != null && previous.covers(codePoint)
                && (script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.COMMON)) {
            return previous;
        }
        for (BundledFont font : fonts) {
            if (font.covers(codePoint)) {
                return font;
            }
        }
        return null;
    }

    private Glyph glyph(String character, BundledFont font) {
        PDType0Font pdf = load(font);
        try {
            return new Glyph(character, pdf, bold && !font.isBold(), pdf.getStringWidth(character));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font load(BundledFont font) {
        return loaded.computeIfAbsent(font, f -> {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(f.bytes()), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isVariationSelector(int c) {
        return c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }
}
