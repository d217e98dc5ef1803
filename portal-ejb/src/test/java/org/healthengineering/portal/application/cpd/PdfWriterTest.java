package org.healthengineering.portal.application.cpd;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portfolio PDF as an auditor reads it: names and reflections in the scripts of the NHS workforce, written
 * with the real writer and read back with PDFBox's own text extraction.
 */
class PdfWriterTest {

    /** Names and phrases in scripts a bundled font covers, in reading order, some mixing directions. */
    private static final List<String> COVERED = List.of("Łukasz Żółć-Nguyễn", "Siobhán Ó Súilleabháin",
            "Ayşe Yılmaz", "Ἀλέξανδρος", "Дмитрий Иванов", "Chukwuemeka Ọ̀kọ̀nkwọ́", "Nguyễn Thị Minh Khai",
            "राजेश कुमार", "ਗੁਰਪ੍ਰੀਤ", "தமிழ்செல்வன்", "അനിത", "ગીતા પટેલ", "সুমন", "አበበ", "≥ 5 hours",
            "😀 done", "मैंने सुरक्षा जाँच सीखी और वार्ड में लागू किया।", "সুরক্ষা পরীক্ষা", "ક્ષમતા", "محمد أحمد",
            "سلام عليكم", "عمران خان پاکستان", "שלום עולם", "Dr محمد أحمد (Leeds) 2024", "مريم (٣٥ ساعة)",
            "செந்தில் சொக்கலிங்கம்", "മേരി ജോസഫ്", "සෙනෙවිරත්න පෝරුව", "ਕਿਰਨਜੀਤ ਸਿੰਘ");

    private static String text;
    private static List<TextPosition> positions;
    private static List<PDFont> fonts;

    @BeforeAll
    static void writeAPortfolioWithEveryName() throws IOException {
        byte[] pdf;
        try (PdfWriter writer = new PdfWriter("CPD portfolio of Łukasz Żółć-Nguyễn", "Łukasz Żółć-Nguyễn")) {
            writer.newPage();
            writer.title("CPD portfolio");
            writer.heading("Names ≥ Łódź");
            COVERED.forEach(writer::paragraph);
            writer.paragraph("王小明 and 🩺");
            writer.paragraph("Reflection: " + "मैंने सुरक्षा जाँच और उपकरण अंशांकन सीखा तथा वार्ड में लागू किया। ".repeat(12));
            pdf = writer.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            positions = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    positions.add(position);
                    super.processTextPosition(position);
                }
            };
            text = stripper.getText(document);
            fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                eachFont(page.getResources(), fonts::add);
            }
        }
    }

    private static void eachFont(PDResources resources, Consumer<PDFont> action) throws IOException {
        for (COSName name : resources.getFontNames()) {
            action.accept(resources.getFont(name));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28})
    void aNameInAScriptTheBundledFontsCoverComesBackAsWritten(int index) {
        String name = Normalizer.normalize(COVERED.get(index), Normalizer.Form.NFC);
        assertTrue(text.contains(name), () -> "\"" + name + "\" not found in:\n" + text);
    }

    @Test
    void everyNameIsTested() {
        assertEquals(29, COVERED.size());
    }

    @Test
    void nothingPrintsAsAQuestionMark() {
        assertFalse(text.contains("?"), text);
    }

    @Test
    void aCharacterNoBundledFontHasShowsAsTheReplacementCharacter() {
        assertTrue(text.contains("\uFFFD\uFFFD\uFFFD and \uFFFD"), text);
    }

    @Test
    void everyFontIsEmbeddedAsASubset() {
        assertFalse(fonts.isEmpty());
        for (PDFont font : fonts) {
            assertTrue(font.isEmbedded(), font.getName());
            assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is not a subset");
        }
        assertTrue(fonts.stream().anyMatch(f -> f.getName().endsWith("+DejaVuSans")));
        assertTrue(fonts.stream().anyMatch(f -> f.getName().endsWith("+NotoSansDevanagari-Regular")));
    }

    @Test
    void headingsAreBold() {
        List<TextPosition> heading = positions.stream().filter(p -> "Ł".equals(p.getUnicode())).toList();
        assertTrue(heading.stream().anyMatch(p -> p.getFont().getName().endsWith("+DejaVuSans-Bold")));
        assertTrue(heading.stream().anyMatch(p -> p.getFont().getName().endsWith("+DejaVuSans")));
    }

    @Test
    void anArabicParagraphIsAlignedRightInJoinedLettersDrawnFromTheRight() {
        float y = positions.stream().filter(p -> p.getUnicode().equals("\uFEAA")).findFirst().orElseThrow().getY();
        List<TextPosition> line = positions.stream().filter(p -> p.getY() == y)
                .sorted(Comparator.comparing(TextPosition::getX)).toList();
        assertEquals("\uFEAA\uFEE4\uFEA3\uFE83 \uFEAA\uFEE4\uFEA4\uFEE3",
                line.stream().map(TextPosition::getUnicode).collect(Collectors.joining()));
        TextPosition last = line.get(line.size() - 1);
        assertEquals(PDRectangle.A4.getWidth() - 56, last.getX() + last.getWidth(), 0.5f);
    }

    @Test
    void aTamilVowelSignIsDrawnBeforeItsConsonantAndReadAfterIt() {
        String drawn = positions.stream().filter(p -> p.getFont().getName().endsWith("+NotoSansTamil-Regular"))
                .sorted(Comparator.comparing(TextPosition::getY).thenComparing(TextPosition::getX))
                .map(p -> p.getFont().toUnicode(p.getCharacterCodes()[0])).collect(Collectors.joining());
        assertTrue(drawn.contains("\u0BC6\u0B9A\u0BA8\u0BCD\u0BA4\u0BBF\u0BB2\u0BCD"), drawn);
        assertTrue(text.contains("செந்தில் சொக்கலிங்கம்"), text);
    }

    @Test
    void aLongParagraphInAFallbackScriptWrapsInsideTheMargins() {
        float right = PDRectangle.A4.getWidth() - 56;
        List<TextPosition> hindi = positions.stream()
                .filter(p -> p.getFont().getName().endsWith("+NotoSansDevanagari-Regular")).toList();
        assertTrue(hindi.stream().map(TextPosition::getY).distinct().count() > 3, "wrapped over several lines");
        for (TextPosition p : hindi) {
            assertTrue(p.getX() + p.getWidth() <= right + 0.5f, () -> p.getUnicode() + " ends at "
                    + (p.getX() + p.getWidth()) + ", beyond the margin at " + right);
        }
    }

    @Test
    void aHeadingInAScriptWithNoBoldFontIsOutlinedToLookBold() throws IOException {
        byte[] pdf;
        try (PdfWriter writer = new PdfWriter("Bold", "Test")) {
            writer.heading("Reflections of राजेश");
            pdf = writer.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Object> tokens = new PDFStreamParser(document.getPage(0)).parse();
            List<Integer> renderingModes = new ArrayList<>();
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator operator && operator.getName().equals("Tr")) {
                    renderingModes.add(((COSNumber) tokens.get(i - 1)).intValue());
                }
            }
            assertEquals(List.of(RenderingMode.FILL_STROKE.intValue(), RenderingMode.FILL.intValue()), renderingModes);
        }
    }

    @Test
    void controlCharactersAndBrokenSurrogatesNeitherFailNorVanish() throws IOException {
        byte[] pdf;
        try (PdfWriter writer = new PdfWriter("a\u0000b", "\uD800")) {
            writer.heading("x\u0000y\u001Bz");
            writer.paragraph("one\ttwo\u0007three\uD83Dfour\uDE00five\u000Bsix\u2028seven\r\neight\u0085nine");
            writer.paragraph("\u200Bzero\u00ADwidth\uFEFF\u200D\u202Eend");
            writer.paragraph(null);
            pdf = writer.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String read = new PDFTextStripper().getText(document);
            assertTrue(read.contains("xyz"), read);
            assertTrue(read.contains("one twothree\uFFFDfour\uFFFDfive\nsix\nseven\neight\nnine"), read);
            assertTrue(read.contains("zerowidth"), read);
            assertEquals("ab", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void anyCharacterAtAllCanBeWritten() throws IOException {
        try (PdfWriter writer = new PdfWriter("Every character", "Test")) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c <= 0x1FFFF; c++) {
                line.appendCodePoint(c);
                if (line.length() >= 120) {
                    writer.paragraph(line.toString());
                    writer.heading(line.toString());
                    line.setLength(0);
                }
            }
            writer.paragraph(line.toString());
            assertTrue(writer.toBytes().length > 0);
        }
    }
}
