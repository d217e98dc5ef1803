package org.healthengineering.portal.application.cpd;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A plain A4 document written top to bottom: headings and wrapped paragraphs, new pages as needed, page numbers.
 * Text is set in the bundled Unicode fonts ({@link Typeface}), so names and reflections in any script those fonts
 * cover print as written; a character none of them has shows as U+FFFD. A paragraph that starts in a
 * right-to-left script (Arabic, Hebrew) is aligned right, and each line is drawn in its {@link ReadingOrder}.
 */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** The outline drawn around a regular glyph standing in a bold line, as a share of the type size. */
    private static final float FAKE_BOLD_STROKE = 1 / 30f;
    private static final COSName SPAN = COSName.getPDFName("Span");
    /** The scripts whose glyphs PDFBox substitutes when it shows text (its GsubWorkerFactory). */
    private static final Set<Language> SHAPED = EnumSet.of(Language.BENGALI, Language.DEVANAGARI, Language.GUJARATI);

    private final PDDocument document = new PDDocument();
    private final Typeface regular = Typeface.regular(document);
    private final Typeface bold = Typeface.bold(document);
    private PDPageContentStream page;
    private float y;

    PdfWriter(String title, String author) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(PrintableText.clean(title));
        info.setAuthor(PrintableText.clean(author));
        info.setCreator("Healthcare Engineering Portal");
    }

    void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void title(String text) {
        write(text, bold, 20, 10);
    }

    void heading(String text) {
        space(8);
        write(text, bold, 13, 4);
    }

    void subheading(String text) {
        space(4);
        write(text, bold, 10.5f, 2);
    }

    void paragraph(String text) {
        write(text, regular, 10, 3);
    }

    void space(float points) {
        y -= points;
    }

    private void write(String text, Typeface typeface, float size, float after) {
        float leading = size * 1.35f;
        for (String paragraphLine : PrintableText.clean(text).split("\n", -1)) {
            boolean rightToLeft = ReadingOrder.isRightToLeft(paragraphLine);
            for (List<Typeface.Glyph> line : wrap(typeface.set(paragraphLine), size)) {
                if (page == null || y - leading < MARGIN + 20) {
                    newPage();
                }
                float x = rightToLeft ? MARGIN + WIDTH - width(line) / 1000 * size : MARGIN;
                draw(page, ReadingOrder.leftToRight(line, rightToLeft), size, x, y - size);
                y -= leading;
            }
        }
        y -= after;
    }

    /**
     * Lines no wider than the page: broken at spaces, and a word longer than a line cut where it overflows
     * (never between a letter and its mark). A space the line breaks at is not carried to the next line.
     */
    private static List<List<Typeface.Glyph>> wrap(List<Typeface.Glyph> glyphs, float size) {
        float limit = WIDTH / size * 1000;
        List<List<Typeface.Glyph>> lines = new ArrayList<>();
        List<Typeface.Glyph> line = new ArrayList<>();
        for (List<Typeface.Glyph> word : words(glyphs)) {
            if (!line.isEmpty() && width(line) + width(word) > limit) {
                lines.add(line);
                line = new ArrayList<>(word.subList(leadingSpaces(word), word.size()));
            } else {
                line.addAll(word);
            }
            while (width(line) > limit) {
                int cut = fitting(line, limit);
                if (cut >= line.size()) {
                    break;
                }
                lines.add(new ArrayList<>(line.subList(0, cut)));
                line = new ArrayList<>(line.subList(cut, line.size()));
            }
        }
        lines.add(line);
        return lines;
    }

    /** The glyphs in words, each word with the spaces before it. */
    private static List<List<Typeface.Glyph>> words(List<Typeface.Glyph> glyphs) {
        List<List<Typeface.Glyph>> words = new ArrayList<>();
        List<Typeface.Glyph> word = new ArrayList<>();
        boolean spacesOnly = true;
        for (Typeface.Glyph glyph : glyphs) {
            if (glyph.isSpace() && !spacesOnly) {
                words.add(word);
                word = new ArrayList<>();
                spacesOnly = true;
            }
            word.add(glyph);
            spacesOnly &= glyph.isSpace();
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private static int leadingSpaces(List<Typeface.Glyph> word) {
        int spaces = 0;
        while (spaces < word.size() && word.get(spaces).isSpace()) {
            spaces++;
        }
        return spaces;
    }

    /** How many glyphs from the start fit in the limit, cut where a cut is allowed; at least one cluster. */
    private static int fitting(List<Typeface.Glyph> line, float limit) {
        float width = line.get(0).advance();
        int fits = line.size();
        for (int i = 1; i < line.size(); i++) {
            Typeface.Glyph glyph = line.get(i);
            if (!glyph.clingsToPrevious()) {
                fits = i;
                if (width + glyph.advance() > limit) {
                    return fits;
                }
            }
            width += glyph.advance();
        }
        return line.size();
    }

    private static float width(List<Typeface.Glyph> glyphs) {
        float width = 0;
        for (Typeface.Glyph glyph : glyphs) {
            width += glyph.advance();
        }
        return width;
    }

    /** Glyphs next to each other in one font, shown with one operator, and the text they stand for. */
    private record Run(PDType0Font font, boolean fakeBold, String text, String read) {
    }

    /**
     * One line, each run of glyphs in the same font shown together, so the font's own substitutions (conjuncts,
     * ligatures) apply across the run. A regular glyph standing in a bold line is outlined as well as filled.
     */
    private static void draw(PDPageContentStream stream, List<Typeface.Glyph> line, float size, float x, float y) {
        try {
            stream.beginText();
            stream.newLineAtOffset(x, y);
            boolean outlined = false;
            for (Run run : runs(line)) {
                stream.setFont(run.font(), size);
                if (run.fakeBold() != outlined) {
                    stream.setRenderingMode(run.fakeBold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                    stream.setLineWidth(size * FAKE_BOLD_STROKE);
                    outlined = run.fakeBold();
                }
                showText(stream, run);
            }
            if (outlined) {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where PDFBox substitutes glyphs (conjuncts and reordered vowel signs in Devanagari, Bengali and Gujarati),
     * a substituted glyph maps back to no character, and where glyphs are drawn out of reading order (vowel
     * signs put before their consonant) they map back out of order; either way copying or searching the text
     * would garble it. Such a run is therefore marked with its text as typed (ActualText), which readers use.
     */
    private static void showText(PDPageContentStream stream, Run run) throws IOException {
        GsubData gsub = run.font().getGsubData();
        boolean substituted = gsub != GsubData.NO_DATA_FOUND && SHAPED.contains(gsub.getLanguage())
                || !run.read().equals(run.text());
        if (substituted) {
            COSDictionary span = new COSDictionary();
            span.setString(COSName.ACTUAL_TEXT, run.read());
            stream.beginMarkedContent(SPAN, PDPropertyList.create(span));
        }
        stream.showText(run.text());
        if (substituted) {
            stream.endMarkedContent();
        }
    }

    private static List<Run> runs(List<Typeface.Glyph> line) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder read = new StringBuilder();
        Typeface.Glyph first = null;
        for (Typeface.Glyph glyph : line) {
            if (!glyph.visible()) {
                continue;
            }
            if (first != null && (glyph.font() != first.font() || glyph.fakeBold() != first.fakeBold())) {
                runs.add(new Run(first.font(), first.fakeBold(), text.toString(), read.toString()));
                text.setLength(0);
                read.setLength(0);
            }
            if (text.isEmpty()) {
                first = glyph;
            }
            text.append(glyph.text());
            read.append(glyph.read());
        }
        if (first != null) {
            runs.add(new Run(first.font(), first.fakeBold(), text.toString(), read.toString()));
        }
        return runs;
    }

    /** Closes the last page, numbers the pages and answers the document's bytes. */
    byte[] toBytes() {
        try {
            if (page == null) {
                newPage();
            }
            page.close();
            page = null;
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    draw(footer, regular.set("Page " + (i + 1) + " of " + count), 8, MARGIN, MARGIN / 2);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
