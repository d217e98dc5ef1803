package org.healthengineering.portal.application.cpd;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

/**
 * The TrueType fonts shipped inside this module under {@code /fonts} (their licences lie beside them), so a
 * portfolio looks the same on every server whatever fonts the machine has. DejaVu Sans covers Latin, Greek,
 * Cyrillic, Armenian, Georgian, Hebrew, Arabic and most symbols; the Noto Sans fonts add the scripts of South
 * Asia, Sri Lanka, Ethiopia and Thailand that DejaVu lacks. No CJK font is bundled: one weighs over 15 MB.
 * <p>
 * Each font's bytes and the set of characters it has a glyph for are read once per JVM, on first need, so a
 * portfolio in Latin script never reads the fallback fonts.
 */
enum BundledFont {

    DEJAVU_SANS("DejaVuSans.ttf", false),
    DEJAVU_SANS_BOLD("DejaVuSans-Bold.ttf", true),
    NOTO_SANS_DEVANAGARI("NotoSansDevanagari-Regular.ttf", false),
    NOTO_SANS_BENGALI("NotoSansBengali-Regular.ttf", false),
    NOTO_SANS_GURMUKHI("NotoSansGurmukhi-Regular.ttf", false),
    NOTO_SANS_GUJARATI("NotoSansGujarati-Regular.ttf", false),
    NOTO_SANS_TAMIL("NotoSansTamil-Regular.ttf", false),
    NOTO_SANS_MALAYALAM("NotoSansMalayalam-Regular.ttf", false),
    NOTO_SANS_TELUGU("NotoSansTelugu-Regular.ttf", false),
    NOTO_SANS_KANNADA("NotoSansKannada-Regular.ttf", false),
    NOTO_SANS_SINHALA("NotoSansSinhala-Regular.ttf", false),
    NOTO_SANS_ETHIOPIC("NotoSansEthiopic-Regular.ttf", false),
    NOTO_SANS_THAI("NotoSansThai-Regular.ttf", false);

    /** The fonts tried after the main one, for the scripts it lacks; they come in regular weight only. */
    static final List<BundledFont> FALLBACKS = List.of(NOTO_SANS_DEVANAGARI, NOTO_SANS_BENGALI, NOTO_SANS_GURMUKHI,
            NOTO_SANS_GUJARATI, NOTO_SANS_TAMIL, NOTO_SANS_MALAYALAM, NOTO_SANS_TELUGU, NOTO_SANS_KANNADA,
            NOTO_SANS_SINHALA, NOTO_SANS_ETHIOPIC, NOTO_SANS_THAI);

    private final String file;
    private final boolean bold;
    private byte[] bytes;
    private BitSet glyphs;

    BundledFont(String file, boolean bold) {
        this.file = file;
        this.bold = bold;
    }

    boolean isBold() {
        return bold;
    }

    /** Whether the font maps this Unicode code point to a glyph. */
    boolean covers(int codePoint) {
        return glyphs().get(codePoint);
    }

    synchronized byte[] bytes() {
        if (bytes == null) {
            try (InputStream in = BundledFont.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The font /fonts/" + file + " is missing from the build.");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private synchronized BitSet glyphs() {
        if (glyphs == null) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                BitSet mapped = new BitSet();
                for (int glyph = 1; glyph < ttf.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codePoints = cmap.getCharCodes(glyph);
                    if (codePoints != null) {
                        codePoints.forEach(mapped::set);
                    }
                }
                glyphs = mapped;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return glyphs;
    }
}
