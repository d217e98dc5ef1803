package org.healthengineering.portal.domain.evidence;

import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Real Office 97–2003 and other compound files for the tests, written by Apache POI (a reader and writer of the
 * format independent of ours), and one written here byte by byte in the 4096-byte-sector version POI does not write.
 */
final class CompoundFiles {

    private CompoundFiles() {
    }

    /** An Excel 97–2003 workbook with one sheet and one cell, as POI's HSSF writes it. */
    static byte[] excel() {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Evidence").createRow(0).createCell(0).setCellValue("Calibration record");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PowerPoint 97–2003 presentation with one slide, as POI's HSLF writes it. */
    static byte[] powerPoint() {
        try (HSLFSlideShow show = new HSLFSlideShow()) {
            show.createSlide();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            show.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The streams Word 97–2003 writes at the top of a document: its text, its tables and the summary. */
    static byte[] word() {
        return withStreams(6000, "WordDocument", "1Table", "\u0005SummaryInformation");
    }

    /** Streams as an installer (.msi) has them: the summary, and tables under names encoded out of plain sight. */
    static byte[] installer() {
        return withStreams(100, "\u0005SummaryInformation", "\u4840\u3F3F\u4577\u446C\u3E6A\u44B2\u482F",
                "\u4840\u3B3F\u43F2\u4438\u45B1");
    }

    /** Top-level streams called {@code names}, each holding {@code size} bytes. */
    static byte[] withStreams(int size, String... names) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String name : names) {
                fs.createDocument(new ByteArrayInputStream(filled(size)), name);
            }
            return write(fs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Outlook message (.msg) with a Word document attached: its WordDocument stream is inside a storage. */
    static byte[] mailWithWordAttachment() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(filled(32)), "__properties_version1.0");
            fs.createDocument(new ByteArrayInputStream(filled(64)), "__substg1.0_0037001F");
            DirectoryEntry attachment = fs.getRoot().createDirectory("__attach_version1.0_#00000000");
            attachment.createDocument("WordDocument", new ByteArrayInputStream(filled(6000)));
            return write(fs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A version 4 compound file (4096-byte sectors): the header, one FAT sector, one directory sector. The root's
     * child is the first stream; each stream's right sibling is the next. The streams are empty.
     */
    static byte[] version4(String... names) {
        int sector = 4096;
        ByteBuffer file = ByteBuffer.allocate(3 * sector).order(ByteOrder.LITTLE_ENDIAN);
        file.put(CompoundFile.SIGNATURE);
        file.putShort(24, (short) 0x3E).putShort(26, (short) 4).putShort(28, (short) 0xFFFE)
                .putShort(30, (short) 12).putShort(32, (short) 6)
                .putInt(40, 1)              // directory sectors
                .putInt(44, 1)              // FAT sectors
                .putInt(48, 1)              // first directory sector
                .putInt(56, 4096)           // mini stream cut-off
                .putInt(60, -2).putInt(64, 0)  // no mini FAT
                .putInt(68, -2).putInt(72, 0); // no DIFAT sectors
        for (int i = 0; i < 109; i++) {
            file.putInt(76 + 4 * i, i == 0 ? 0 : -1);
        }
        int fat = sector;
        for (int i = 0; i < sector / 4; i++) {
            file.putInt(fat + 4 * i, -1);
        }
        file.putInt(fat, -3);                // sector 0 is the FAT itself
        file.putInt(fat + 4, -2);            // sector 1, the directory, ends its chain
        int directory = 2 * sector;
        entry(file, directory, "Root Entry", 5, names.length == 0 ? -1 : 1, -1);
        for (int i = 0; i < names.length; i++) {
            entry(file, directory + 128 * (i + 1), names[i], 2, -1, i + 1 < names.length ? i + 2 : -1);
        }
        for (int unused = names.length + 1; unused < sector / 128; unused++) {
            int at = directory + 128 * unused;
            file.putInt(at + 68, -1).putInt(at + 72, -1).putInt(at + 76, -1);
        }
        return file.array();
    }

    private static void entry(ByteBuffer file, int at, String name, int type, int child, int right) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        file.put(at, utf16);
        file.putShort(at + 64, (short) (utf16.length + 2));
        file.put(at + 66, (byte) type);
        file.put(at + 67, (byte) 1);         // black
        file.putInt(at + 68, -1);            // left sibling
        file.putInt(at + 72, right);
        file.putInt(at + 76, child);
        file.putInt(at + 116, -2);           // no sectors: the stream is empty
        file.putLong(at + 120, 0);
    }

    private static byte[] write(POIFSFileSystem fs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fs.writeFilesystem(bytes);
        return bytes.toByteArray();
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
