package org.healthengineering.portal.domain.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file accepted, each recognised by its content (signature bytes, and for office documents
 * the parts inside the package), never by its name alone. The name's extension must agree with the content, so a
 * program renamed to {@code report.pdf} is refused.
 */
public enum EvidenceType {
    PDF("application/pdf", List.of("pdf")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif")),
    WEBP("image/webp", List.of("webp")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
    ODT("application/vnd.oasis.opendocument.text", List.of("odt")),
    ODS("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
    ODP("application/vnd.oasis.opendocument.presentation", List.of("odp")),
    /** Word, Excel or PowerPoint 97–2003: one container format, told apart by extension. */
    DOC("application/msword", List.of("doc")),
    XLS("application/vnd.ms-excel", List.of("xls")),
    PPT("application/vnd.ms-powerpoint", List.of("ppt"));

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private final String mediaType;
    private final List<String> extensions;

    EvidenceType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String getMediaType() {
        return mediaType;
    }

    public List<String> getExtensions() {
        return extensions;
    }

    /** The accepted extensions, for messages and the upload control. */
    public static String accepted() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList());
    }

    /** The type whose content this is and whose extension the name has, or empty when they are not one of ours. */
    public static Optional<EvidenceType> of(String fileName, byte[] content) {
        String extension = extension(fileName);
        Optional<EvidenceType> detected = detect(content, extension);
        return detected.filter(t -> t.extensions.contains(extension));
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** What the content is; the extension only tells apart the kinds that share one container format. */
    static Optional<EvidenceType> detect(byte[] c, String extension) {
        if (starts(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (starts(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (starts(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(c, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || starts(c, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (c.length >= 12 && starts(c, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(c, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (starts(c, OLE2)) {
            return switch (extension) {
                case "doc" -> Optional.of(DOC);
                case "xls" -> Optional.of(XLS);
                case "ppt" -> Optional.of(PPT);
                default -> Optional.empty();
            };
        }
        if (starts(c, new byte[] {'P', 'K', 3, 4})) {
            return officePackage(c);
        }
        return Optional.empty();
    }

    /** An OOXML package has [Content_Types].xml and its main part; an ODF package starts with its mimetype. */
    private static Optional<EvidenceType> officePackage(byte[] content) {
        Set<String> names = new HashSet<>();
        String odfType = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < 10_000) {
                names.add(entry.getName());
                if (count == 1 && entry.getName().equals("mimetype")) {
                    odfType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (odfType != null) {
            for (EvidenceType t : List.of(ODT, ODS, ODP)) {
                if (t.mediaType.equals(odfType)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
