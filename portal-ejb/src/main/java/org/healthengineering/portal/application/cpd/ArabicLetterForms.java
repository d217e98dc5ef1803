package org.healthengineering.portal.application.cpd;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Arabic letters in the form their place in a word asks for. An Arabic letter is drawn differently alone, at the
 * start, in the middle or at the end of a word, and lam followed by alef is drawn as one ligature; a renderer
 * normally picks these shapes from the font's tables, but PDFBox does not for Arabic. Unicode also encodes every
 * such shape as its own "presentation form" character (U+FB50 to U+FEFF), which a font like DejaVu Sans maps to
 * the right glyph, and which text extraction turns back into the plain letter. So the letters are replaced by
 * those characters before the text is set.
 * <p>
 * The table is read from the JDK's own Unicode data (each presentation form's name says which form it is, and
 * its compatibility decomposition which letter), so it covers Arabic, Persian and Urdu letters alike. It is the
 * basic joining of the Unicode standard (letters joining on both sides or only to the one before, marks
 * transparent, ZWJ and ZWNJ honoured); the finer ligatures and mark placement of a full shaping engine are not
 * attempted.
 */
final class ArabicLetterForms {

    private enum Form { ISOLATED, FINAL, INITIAL, MEDIAL }

    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    private static final char ZWJ = '\u200D';
    /** The first of the eight lam-alef ligatures, the only ones Arabic writing requires. */
    private static final char LAM_ALEF_FIRST = '\uFEF5';

    /** Letter to its four forms (a null where the letter has no such form). */
    private static final Map<Character, char[]> FORMS = new HashMap<>();
    /** Alef (with or without hamza or madda) to the isolated and final forms of the lam-alef ligature. */
    private static final Map<Character, char[]> LAM_ALEF = new HashMap<>();

    static {
        for (int c = 0xFB50; c <= 0xFEFC; c++) {
            String name = Character.getName(c);
            Form form = name == null ? null : formNamed(name);
            if (form == null) {
                continue;
            }
            String letters = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (letters.length() == 1 && isArabicLetter(letters.charAt(0))) {
                FORMS.computeIfAbsent(letters.charAt(0), l -> new char[4])[form.ordinal()] = (char) c;
            } else if (c >= LAM_ALEF_FIRST && letters.length() == 2 && letters.charAt(0) == LAM) {
                LAM_ALEF.computeIfAbsent(letters.charAt(1), l -> new char[2])[form.ordinal()] = (char) c;
            }
        }
    }

    private ArabicLetterForms() {
    }

    /**
     * The text with each Arabic letter replaced by its contextual form, where {@code drawable} says a font has
     * that form; otherwise the letter is left as it is (and drawn alone). Text without Arabic is returned as is.
     */
    static String shape(String text, IntPredicate drawable) {
        if (text.chars().noneMatch(c -> FORMS.containsKey((char) c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsToFollowing(before(text, i)) && forms[Form.FINAL.ordinal()] != 0;
            int next = after(text, i);
            if (c == LAM && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
                char ligature = LAM_ALEF.get(text.charAt(next))[joinsBefore ? Form.FINAL.ordinal() : 0];
                if (ligature != 0 && drawable.test(ligature)) {
                    out.append(ligature).append(text, i + 1, next);
                    i = next;
                    continue;
                }
            }
            boolean joinsAfter = joinsToFollowing(c) && next >= 0 && joinsToPreceding(text.charAt(next));
            Form form = joinsBefore ? (joinsAfter ? Form.MEDIAL : Form.FINAL)
                    : (joinsAfter ? Form.INITIAL : Form.ISOLATED);
            char shaped = forms[form.ordinal()];
            out.append(shaped != 0 && drawable.test(shaped) ? shaped : c);
        }
        return out.toString();
    }

    private static Form formNamed(String name) {
        for (Form form : Form.values()) {
            if (name.endsWith(" " + form.name() + " FORM")) {
                return form;
            }
        }
        return null;
    }

    private static boolean isArabicLetter(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC && Character.isLetter(c);
    }

    /** The nearest character before {@code i} that is not a mark, or -1 at the start. */
    private static int before(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isTransparent(text.charAt(j))) {
            j--;
        }
        return j < 0 ? -1 : text.charAt(j);
    }

    /** The index of the nearest character after {@code i} that is not a mark, or -1 at the end. */
    private static int after(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isTransparent(text.charAt(j))) {
            j++;
        }
        return j < text.length() ? j : -1;
    }

    private static boolean isTransparent(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK;
    }

    /** Whether the character connects to the letter after it: a letter with initial or medial forms, ZWJ, tatweel. */
    private static boolean joinsToFollowing(int c) {
        if (c == ZWJ || c == TATWEEL) {
            return true;
        }
        char[] forms = c < 0 ? null : FORMS.get((char) c);
        return forms != null && (forms[Form.INITIAL.ordinal()] != 0 || forms[Form.MEDIAL.ordinal()] != 0);
    }

    /** Whether the character connects to the letter before it: a letter with a final form, ZWJ, tatweel. */
    private static boolean joinsToPreceding(char c) {
        if (c == ZWJ || c == TATWEEL) {
            return true;
        }
        char[] forms = FORMS.get(c);
        return forms != null && forms[Form.FINAL.ordinal()] != 0;
    }
}
