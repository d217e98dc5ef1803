package org.healthengineering.portal.domain.evidence;

import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    void contentDecidesAndTheNameMustAgree() throws IOException {
        assertEquals(EvidenceType.PDF, EvidenceType.of("Report.PDF", PDF).orElseThrow());
        assertEquals(EvidenceType.PNG, EvidenceType.of("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})
                .orElseThrow());
        assertEquals(EvidenceType.DOCX, EvidenceType.of("notes.docx", zip("[Content_Types].xml", "word/document.xml"))
                .orElseThrow());
        assertEquals(EvidenceType.ODT, EvidenceType.of("notes.odt", zip("mimetype", "content.xml")).orElseThrow());
        // A program renamed to .pdf, a PDF renamed to .docx, and a plain zip renamed to .docx are refused.
        assertTrue(EvidenceType.of("report.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}).isEmpty());
        assertTrue(EvidenceType.of("report.docx", PDF).isEmpty());
        assertTrue(EvidenceType.of("report.docx", zip("readme.txt")).isEmpty());
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
