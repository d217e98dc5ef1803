package org.healthengineering.portal.domain.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the streams at the top of an OLE2 compound file (Microsoft's Compound File Binary format, MS-CFB).
 * Word, Excel and PowerPoint 97–2003 files are such files, and so are installers (.msi), Outlook messages (.msg)
 * and much else; what sits at the top tells them apart (Word keeps its text in a {@code WordDocument} stream, Excel
 * in {@code Workbook}, PowerPoint in {@code PowerPoint Document}).
 * <p>
 * Only the header, the sector allocation table (FAT) and the directory are read, never a stream's content. The
 * format is a small file system, so a damaged or hostile file can point anywhere: every sector number is checked
 * against the file's length, every chain and the directory tree against loops, and a FAT that gives out sectors
 * beyond the end of the file marks it as cut short. Any of these makes the file unreadable, never an exception.
 * Apache POI reads the same format, but brings some 6 MB of libraries for what is here a directory listing.
 */
final class CompoundFile {

    static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private static final int HEADER_LENGTH = 512;
    private static final int HEADER_FAT_LOCATIONS = 109;
    private static final int ENTRY_LENGTH = 128;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FREE = 0xFFFFFFFF;
    private static final int NO_ENTRY = 0xFFFFFFFF;
    private static final int STREAM = 2;
    private static final int ROOT = 5;

    /** The file breaks the format's rules; reading stops. */
    private static final class Unreadable extends Exception {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    private final byte[] content;
    private int sectorSize;
    /** Sectors after the header, counting a last one the file ends inside. */
    private int sectors;
    private int[] fat;

    private CompoundFile(byte[] content) {
        this.content = content;
    }

    /** The names of the streams at the top of the file; empty when it is not a readable compound file. */
    static Optional<Set<String>> topLevelStreams(byte[] content) {
        try {
            return Optional.of(new CompoundFile(content).read());
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    private Set<String> read() throws Unreadable {
        header();
        fat = allocationTable();
        List<Integer> directory = chain(int32(48));
        int entries = directory.size() * (sectorSize / ENTRY_LENGTH);
        int root = entryOffset(directory, 0);
        if (content[root + 66] != ROOT) {
            throw new Unreadable();
        }
        Set<String> names = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> toVisit = new ArrayDeque<>();
        toVisit.push(int32(root + 76));
        // The top level is a tree of siblings under the root's child; a child's own children are not the top.
        while (!toVisit.isEmpty()) {
            int id = toVisit.pop();
            if (id == NO_ENTRY) {
                continue;
            }
            if (id < 1 || id >= entries || !seen.add(id)) {
                throw new Unreadable();
            }
            int entry = entryOffset(directory, id);
            int type = content[entry + 66];
            if (type < 1 || type > 2) {
                throw new Unreadable();
            }
            if (type == STREAM) {
                names.add(name(entry));
            }
            toVisit.push(int32(entry + 68));
            toVisit.push(int32(entry + 72));
        }
        return names;
    }

    /** Version 3 has 512-byte sectors, version 4 has 4096-byte ones; nothing else is a compound file. */
    private void header() throws Unreadable {
        if (content.length < HEADER_LENGTH) {
            throw new Unreadable();
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (content[i] != SIGNATURE[i]) {
                throw new Unreadable();
            }
        }
        int major = uint16(26);
        int shift = uint16(30);
        if (uint16(28) != 0xFFFE || !(major == 3 && shift == 9 || major == 4 && shift == 12)) {
            throw new Unreadable();
        }
        sectorSize = 1 << shift;
        sectors = Math.max(0, (content.length - sectorSize + sectorSize - 1) / sectorSize);
    }

    /** The FAT: for each sector, the next one of its chain; its own sectors are listed in the header and DIFAT. */
    private int[] allocationTable() throws Unreadable {
        int count = int32(44);
        if (count < 1 || count > sectors) {
            throw new Unreadable();
        }
        int[] locations = new int[count];
        int n = 0;
        for (int i = 0; i < HEADER_FAT_LOCATIONS && n < count; i++) {
            locations[n++] = int32(76 + 4 * i);
        }
        int perDifatSector = sectorSize / 4 - 1;
        int difat = int32(68);
        for (int hops = 0; n < count; hops++) {
            if (hops >= sectors) {
                throw new Unreadable();
            }
            int at = sectorOffset(difat);
            for (int i = 0; i < perDifatSector && n < count; i++) {
                locations[n++] = int32(at + 4 * i);
            }
            difat = int32(at + 4 * perDifatSector);
        }
        int perSector = sectorSize / 4;
        int[] table = new int[count * perSector];
        for (int i = 0; i < count; i++) {
            int at = sectorOffset(locations[i]);
            for (int j = 0; j < perSector; j++) {
                table[i * perSector + j] = int32(at + 4 * j);
            }
        }
        for (int sector = sectors; sector < table.length; sector++) {
            if (table[sector] != FREE) {
                throw new Unreadable();
            }
        }
        return table;
    }

    /** The sectors of the chain starting at {@code first}. */
    private List<Integer> chain(int first) throws Unreadable {
        List<Integer> chain = new ArrayList<>();
        int sector = first;
        while (sector != END_OF_CHAIN) {
            if (sector < 0 || sector >= sectors || sector >= fat.length || chain.size() >= sectors) {
                throw new Unreadable();
            }
            chain.add(sector);
            sector = fat[sector];
        }
        if (chain.isEmpty()) {
            throw new Unreadable();
        }
        return chain;
    }

    private int entryOffset(List<Integer> directory, int id) throws Unreadable {
        int perSector = sectorSize / ENTRY_LENGTH;
        int at = sectorOffset(directory.get(id / perSector)) + (id % perSector) * ENTRY_LENGTH;
        if (at + ENTRY_LENGTH > content.length) {
            throw new Unreadable();
        }
        return at;
    }

    /** An entry's name: UTF-16LE, its length in bytes counting the closing zero, at most 32 characters. */
    private String name(int entry) throws Unreadable {
        int length = uint16(entry + 64);
        if (length < 2 || length > 64 || length % 2 != 0) {
            throw new Unreadable();
        }
        return new String(content, entry, length - 2, StandardCharsets.UTF_16LE);
    }

    private int sectorOffset(int sector) throws Unreadable {
        if (sector < 0 || sector >= sectors) {
            throw new Unreadable();
        }
        return (sector + 1) * sectorSize;
    }

    private int uint16(int at) throws Unreadable {
        if (at < 0 || at + 2 > content.length) {
            throw new Unreadable();
        }
        return (content[at] & 0xFF) | (content[at + 1] & 0xFF) << 8;
    }

    private int int32(int at) throws Unreadable {
        if (at < 0 || at + 4 > content.length) {
            throw new Unreadable();
        }
        return (content[at] & 0xFF) | (content[at + 1] & 0xFF) << 8 | (content[at + 2] & 0xFF) << 16
                | (content[at + 3] & 0xFF) << 24;
    }
}
