package org.healthengineering.portal.application.cpd;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain A4 document written top to bottom: headings and wrapped paragraphs, new pages as needed, page numbers.
 * Characters the standard fonts cannot show are replaced with "?".
 */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    PdfWriter(String title, String author) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
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

    private void write(String text, PDType1Font font, float size, float after) {
        float leading = size * 1.35f;
        for (String line : wrap(safe(text == null ? "" : text), font, size)) {
            if (page == null || y - leading < MARGIN + 20) {
                newPage();
            }
            try {
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN, y - size);
                page.showText(line);
                page.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= leading;
        }
        y -= after;
    }

    private List<String> wrap(String text, PDType1Font font, float size) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= WIDTH || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
                while (width(line.toString(), font, size) > WIDTH && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), font, size) > WIDTH) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the standard fonts cannot encode replaced by "?". */
    private String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\t') {
                out.append(' ');
                continue;
            }
            boolean ok = c == '\n' || c == '\r' || encodable.computeIfAbsent(c, ch -> {
                try {
                    regular.encode(String.valueOf(ch));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? c : '?');
        }
        return out.toString();
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
                    footer.beginText();
                    footer.setFont(regular, 8);
                    footer.newLineAtOffset(MARGIN, MARGIN / 2);
                    footer.showText("Page " + (i + 1) + " of " + count);
                    footer.endText();
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
