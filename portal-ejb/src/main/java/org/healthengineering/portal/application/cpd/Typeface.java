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

    /**
     * One character as it is set: drawn in {@code font} unless invisible, {@code advance} in 1/1000 em. It
     * stands for {@code read} in the text as typed: the same character, or, where glyphs are drawn in another
     * order than they are read ({@link VowelSignOrder}), a first glyph stands for the whole cluster and the
     * others for nothing.
     */
    record Glyph(String text, String read, PDType0Font font, boolean fakeBold, float advance) {

        boolean visible() {
            return font != null;
        }

        boolean isSpace() {
            return " ".equals(text);
        }

        /** Whether a line may not be cut just before this glyph: it is a mark, a joiner or inside a cluster. */
        boolean clingsToPrevious() {
            if (!read.equals(text)) {
                return read.isEmpty();
            }
            int c = text.codePointAt(0);
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.INHERITED;
        }

        private Glyph reading(String text) {
            return new Glyph(this.text, text, font, fakeBold, advance);
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
     * font, which PDFBox shapes as a whole. Arabic letters are first given their joined forms, and vowel signs
     * written before their consonant are put there. Format characters (joiners, direction marks, soft hyphens) are kept, for
     * they shape their neighbours, but not drawn.
     */
    List<Glyph> set(String text) {
        String shaped = ArabicLetterForms.shape(text, c -> fontFor(c, null) != null);
        List<Glyph> glyphs = new ArrayList<>(shaped.length());
        BundledFont previous = null;
        for (VowelSignOrder.Cluster cluster : VowelSignOrder.clusters(shaped)) {
            String drawn = cluster.drawn();
            boolean reordered = !drawn.equals(cluster.read());
            int first = glyphs.size();
            for (int i = 0; i < drawn.length(); ) {
                int c = drawn.codePointAt(i);
                String character = drawn.substring(i, i + Character.charCount(c));
                i += character.length();
                BundledFont font = Character.getType(c) == Character.FORMAT ? null : fontFor(c, previous);
                if (font == null && (Character.getType(c) == Character.FORMAT || isVariationSelector(c))) {
                    glyphs.add(new Glyph(character, reordered ? "" : character, null, false, 0));
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
                Glyph glyph = glyph(character, font);
                glyphs.add(reordered ? glyph.reading("") : glyph);
                previous = font;
            }
            if (reordered && glyphs.size() > first) {
                glyphs.set(first, glyphs.get(first).reading(cluster.read()));
            }
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
            return new Glyph(character, character, pdf, bold && !font.isBold(), pdf.getStringWidth(character));
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
