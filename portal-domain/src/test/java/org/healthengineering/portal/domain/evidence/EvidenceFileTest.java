package org.healthengineering.portal.domain.evidence;

import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceFileTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.equals("mimetype") ? "application/vnd.oasis.opendocument.text".getBytes() : new byte[] {1});
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void everyTypeHasAWordForPeopleAndAnUnknownMediaTypeIsAFile() {
        assertEquals("PDF document", EvidenceType.labelOf("application/pdf"));
        assertEquals("Word document", EvidenceType.labelOf(EvidenceType.DOCX.getMediaType()));
        assertEquals("file", EvidenceType.labelOf("application/x-unknown"));
        for (EvidenceType type : EvidenceType.values()) {
            assertTrue(!type.getLabel().contains("/") && !type.getLabel().isBlank(), type.getLabel());
        }
    }

    @Test
    void contentDecidesAndTheNameMustAgree() throws IOException {
        assertEquals(EvidenceType.PDF, EvidenceType.recognise("Report.PDF", PDF));
        assertEquals(EvidenceType.PNG, EvidenceType.recognise("a.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(EvidenceType.DOCX, EvidenceType.recognise("notes.docx",
                zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(EvidenceType.ODT, EvidenceType.recognise("notes.odt", zip("mimetype", "content.xml")));
        // A program renamed to .pdf, a PDF renamed to .docx, and a plain zip renamed to .docx are refused.
        assertThrows(InvalidInputException.class,
                () -> EvidenceType.recognise("report.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}));
        assertThrows(InvalidInputException.class, () -> EvidenceType.recognise("report.docx", PDF));
        assertThrows(InvalidInputException.class, () -> EvidenceType.recognise("report.docx", zip("readme.txt")));
    }

    @Test
    void emptyOversizedAndDisguisedFilesAreRefusedWithAReason() {
        assertEquals("The file is empty.", assertThrows(InvalidInputException.class,
                () -> EvidenceFile.accept(1, 2, "a.pdf", new byte[0], Instant.EPOCH)).getProblems().get(0).message());
        byte[] big = new byte[EvidenceType.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertTrue(assertThrows(InvalidInputException.class, () -> EvidenceFile.accept(1, 2, "a.pdf", big,
                Instant.EPOCH)).getProblems().get(0).message().startsWith("A file can be at most 10 MB"));
        assertThrows(InvalidInputException.class, () -> EvidenceFile.accept(1, 2, "setup.pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII), Instant.EPOCH));
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> EvidenceFile.accept(1, 2, name, content,
                Instant.EPOCH)).getProblems().get(0).message();
    }

    @Test
    void wordExcelAndPowerPoint97AreToldApartByTheirStreams() {
        assertEquals("application/msword",
                EvidenceFile.accept(1, 2, "report.doc", CompoundFiles.word(), Instant.EPOCH).getMediaType());
        assertEquals("application/vnd.ms-excel",
                EvidenceFile.accept(1, 2, "budget.XLS", CompoundFiles.excel(), Instant.EPOCH).getMediaType());
        assertEquals("application/vnd.ms-powerpoint",
                EvidenceFile.accept(1, 2, "talk.ppt", CompoundFiles.powerPoint(), Instant.EPOCH).getMediaType());
        assertEquals(EvidenceType.DOC, EvidenceType.recognise("v4.doc", CompoundFiles.version4("WordDocument")));
    }

    @Test
    void anOffice97FileUnderAnotherOfTheThreeNamesIsRefusedAsMislabelled() {
        assertEquals("\"budget.doc\" is an Excel 97–2003 workbook, so its name should end in .xls.",
                refusal("budget.doc", CompoundFiles.excel()));
        assertEquals("\"report.ppt\" is a Word 97–2003 document, so its name should end in .doc.",
                refusal("report.ppt", CompoundFiles.word()));
        assertTrue(refusal("talk.xls", CompoundFiles.powerPoint()).contains("a PowerPoint 97–2003 presentation"));
    }

    @Test
    void otherCompoundFilesAreRefusedWhateverTheyAreCalled() {
        String installer = refusal("setup.doc", CompoundFiles.installer());
        assertEquals("\"setup.doc\" is an Office 97–2003 container but not a Word, Excel or PowerPoint document"
                + " (installers and mail messages are such containers too).", installer);
        assertTrue(refusal("letter.doc", CompoundFiles.mailWithWordAttachment()).contains("not a Word, Excel"),
                "a Word document attached to a message does not make the message one");
        assertTrue(refusal("empty.doc", CompoundFiles.version4()).contains("not a Word, Excel"));
    }

    @Test
    void damagedOrTruncatedOffice97FilesAreRefusedWithAReason() {
        byte[] excel = CompoundFiles.excel();
        for (byte[] damaged : List.of(Arrays.copyOf(excel, excel.length / 2), Arrays.copyOf(excel, 512),
                Arrays.copyOf(excel, 8))) {
            assertTrue(refusal("budget.xls", damaged).contains("damaged or incomplete"));
        }
    }

    @Test
    @Timeout(60)
    void noDamageMakesTheCheckThrowAnythingButARefusal() {
        Random random = new Random(20261120);
        for (byte[] original : List.of(CompoundFiles.excel(), CompoundFiles.word(), CompoundFiles.version4("Book"))) {
            for (int length = 0; length < original.length; length += 61) {
                recogniseOrRefuse(Arrays.copyOf(original, length));
            }
            for (int round = 0; round < 2000; round++) {
                byte[] damaged = original.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    // Mostly the header and the first sectors, where the FAT and directory are found from.
                    int at = random.nextInt(random.nextBoolean() ? Math.min(damaged.length, 1024) : damaged.length);
                    damaged[at] = (byte) random.nextInt(256);
                }
                recogniseOrRefuse(damaged);
            }
        }
    }

    private static void recogniseOrRefuse(byte[] content) {
        try {
            EvidenceType.recognise("file.xls", content);
        } catch (InvalidInputException refused) {
            assertEquals("file", refused.getProblems().get(0).field());
        }
    }

    @Test
    void storedNamesAreNeverPaths() {
        EvidenceFile file = EvidenceFile.accept(1, 2, "../../etc/passwd\u0000.pdf", PDF, Instant.EPOCH);
        assertEquals("passwd_.pdf", file.getFileName());
        assertEquals("C_report.pdf", EvidenceFile.cleanName("C:report.pdf"));
        assertEquals("report.pdf", EvidenceFile.cleanName("C:\\Users\\ann\\report.pdf"));
        assertEquals(64, file.getSha256().length());
        assertTrue(file.contentDisposition().startsWith("attachment; filename=\"passwd_.pdf\""));
    }
}
