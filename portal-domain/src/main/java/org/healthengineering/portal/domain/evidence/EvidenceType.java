package org.healthengineering.portal.domain.evidence;

import org.healthengineering.portal.domain.shared.InvalidInputException;

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
 * the parts or streams inside the package), never by its name alone. The name's extension must agree with the
 * content, so a program renamed to {@code report.pdf}, or an installer renamed to {@code report.doc}, is refused.
 */
public enum EvidenceType {
    PDF("application/pdf", List.of("pdf"), "PDF document"),
    PNG("image/png", List.of("png"), "PNG image"),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), "JPEG image"),
    GIF("image/gif", List.of("gif"), "GIF image"),
    WEBP("image/webp", List.of("webp"), "WebP image"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), "Word document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), "Excel workbook"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"),
            "PowerPoint presentation"),
    ODT("application/vnd.oasis.opendocument.text", List.of("odt"), "OpenDocument text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", List.of("ods"), "OpenDocument spreadsheet"),
    ODP("application/vnd.oasis.opendocument.presentation", List.of("odp"), "OpenDocument presentation"),
    /** Word, Excel or PowerPoint 97–2003: one container format, told apart by the streams inside it. */
    DOC("application/msword", List.of("doc"), "Word 97–2003 document"),
    XLS("application/vnd.ms-excel", List.of("xls"), "Excel 97–2003 workbook"),
    PPT("application/vnd.ms-powerpoint", List.of("ppt"), "PowerPoint 97–2003 presentation");

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final List<String> extensions;
    private final String label;

    EvidenceType(String mediaType, List<String> extensions, String label) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.label = label;
    }

    public String getMediaType() {
        return mediaType;
    }

    /** What a person calls the kind of file: "PDF document", "Word document". */
    public String getLabel() {
        return label;
    }

    /** The label of the type with this media type, as stored with a file; "file" for one the portal does not know. */
    public static String labelOf(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst()
                .map(EvidenceType::getLabel).orElse("file");
    }

    public List<String> getExtensions() {
        return extensions;
    }

    /** The accepted extensions, for messages and the upload control. */
    public static String accepted() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList());
    }

    /**
     * The type whose content this is and whose extension the name has; refused, with the reason in words for the
     * uploader, when the content is not one of ours or the name says something else.
     */
    public static EvidenceType recognise(String fileName, byte[] content) {
        String extension = extension(fileName);
        if (starts(content, CompoundFile.SIGNATURE)) {
            return office97(fileName, extension, content);
        }
        return detect(content).filter(t -> t.extensions.contains(extension)).orElseThrow(() -> refused("\""
                + fileName + "\" is not a PDF, image or office document whose content matches its name ("
                + accepted() + ")."));
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** What the content is, for every kind but the Office 97–2003 ones. */
    static Optional<EvidenceType> detect(byte[] c) {
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
        if (starts(c, new byte[] {'P', 'K', 3, 4})) {
            return officePackage(c);
        }
        return Optional.empty();
    }

    /**
     * A Word, Excel or PowerPoint 97–2003 file, told by the stream that holds its content at the top of the
     * compound file (Excel first, should one hold more than one of them). Other compound files (an installer, a mail
     * message) and ones too damaged to read are refused, and so is a name that says another of the three.
     */
    private static EvidenceType office97(String fileName, String extension, byte[] content) {
        Set<String> streams = CompoundFile.topLevelStreams(content).orElseThrow(() -> refused("\"" + fileName
                + "\" looks like a Word, Excel or PowerPoint 97–2003 file but is damaged or incomplete; save it"
                + " again, or as PDF, and upload that."));
        EvidenceType type;
        if (has(streams, "Workbook") || has(streams, "Book")) {
            type = XLS;
        } else if (has(streams, "WordDocument")) {
            type = DOC;
        } else if (has(streams, "PowerPoint Document")) {
            type = PPT;
        } else {
            throw refused("\"" + fileName + "\" is an Office 97–2003 container but not a Word, Excel or PowerPoint"
                    + " document (installers and mail messages are such containers too).");
        }
        if (!type.extensions.contains(extension)) {
            throw refused("\"" + fileName + "\" is " + type.office97Name() + ", so its name should end in ."
                    + type.extensions.get(0) + ".");
        }
        return type;
    }

    private String office97Name() {
        return switch (this) {
            case DOC -> "a Word 97–2003 document";
            case XLS -> "an Excel 97–2003 workbook";
            case PPT -> "a PowerPoint 97–2003 presentation";
            default -> mediaType;
        };
    }

    private static boolean has(Set<String> streams, String name) {
        return streams.stream().anyMatch(name::equalsIgnoreCase);
    }

    private static InvalidInputException refused(String reason) {
        return InvalidInputException.of("file", reason);
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
