package org.healthengineering.portal.application.cpd;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * In Tamil, Malayalam, Sinhala and Gurmukhi some vowel signs are typed after their consonant but written before
 * it: the "e" of Tamil "செ" is typed after "ச" and drawn to its left, and the "o" of "சொ" wraps around it. A
 * shaping engine moves them; PDFBox has none for these scripts and draws glyphs in the order it is given, so
 * the sign would stand on the wrong side. This gives the glyphs in the order they are drawn, the first part
 * of a two-part sign before the consonant and the rest after it, together with the text as typed, which the
 * PDF keeps for copying and searching.
 * <p>
 * Conjuncts are not formed (PDFBox cannot for these scripts): consonants joined by a virama are drawn
 * side by side with the virama showing, so a sign goes before the last consonant, where it then belongs.
 */
final class VowelSignOrder {

    /** Glyphs drawn in {@code drawn} order standing for the text {@code read}, as typed. */
    record Cluster(String drawn, String read) {
    }

    /** The vowel signs written before their consonant (Gurmukhi, Tamil, Malayalam, Sinhala). */
    private static final String BEFORE_CONSONANT = "\u0A3F\u0BC6\u0BC7\u0BC8\u0D46\u0D47\u0D48\u0DD9\u0DDB";
    private static final char FIRST = '\u0A00';
    private static final char LAST = '\u0DFF';

    private VowelSignOrder() {
    }

    /**
     * The text in clusters: each character alone, save a consonant with a vowel sign written before it; text
     * without those scripts as one cluster.
     */
    static List<Cluster> clusters(String text) {
        if (text.chars().noneMatch(VowelSignOrder::mayReorder)) {
            return List.of(new Cluster(text, text));
        }
        List<Cluster> clusters = new ArrayList<>(text.length());
        text.codePoints().forEach(c -> {
            String character = Character.toString(c);
            String parts = mayReorder(c) ? Normalizer.normalize(character, Normalizer.Form.NFD) : character;
            int base = BEFORE_CONSONANT.indexOf(parts.charAt(0)) < 0 ? -1 : consonant(clusters, c);
            if (base < 0) {
                clusters.add(new Cluster(character, character));
                return;
            }
            StringBuilder drawn = new StringBuilder().append(parts.charAt(0));
            StringBuilder read = new StringBuilder();
            List<Cluster> syllable = clusters.subList(base, clusters.size());
            syllable.forEach(s -> {
                drawn.append(s.drawn());
                read.append(s.read());
            });
            syllable.clear();
            clusters.add(new Cluster(drawn.append(parts, 1, parts.length()).toString(),
                    read.append(character).toString()));
        });
        return clusters;
    }

    /** Whether the character is of the blocks from Gurmukhi to Sinhala, where these signs are. */
    private static boolean mayReorder(int c) {
        return c >= FIRST && c <= LAST;
    }

    /** Where the consonant that a vowel sign of this script belongs to stands (past any nukta), or -1. */
    private static int consonant(List<Cluster> clusters, int sign) {
        Character.UnicodeScript script = Character.UnicodeScript.of(sign);
        for (int i = clusters.size() - 1; i >= 0; i--) {
            String before = clusters.get(i).read();
            int c = before.codePointAt(0);
            if (before.length() != Character.charCount(c) || Character.UnicodeScript.of(c) != script) {
                return -1;
            }
            if (Character.isLetter(c)) {
                return i;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return -1;
            }
        }
        return -1;
    }
}
