package org.healthengineering.portal.domain.evidence;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompoundFileTest {

    private static int int32(byte[] file, int at) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    @Test
    void listsTheStreamsAtTheTopOfFilesPoiWrote() {
        assertEquals(Optional.of(Set.of("WordDocument", "1Table", "\u0005SummaryInformation")),
                CompoundFile.topLevelStreams(CompoundFiles.word()));
        assertTrue(CompoundFile.topLevelStreams(CompoundFiles.excel()).orElseThrow().contains("Workbook"));
        assertTrue(CompoundFile.topLevelStreams(CompoundFiles.powerPoint()).orElseThrow()
                .contains("PowerPoint Document"));
    }

    @Test
    void aStreamInsideAStorageIsNotAtTheTop() {
        Set<String> top = CompoundFile.topLevelStreams(CompoundFiles.mailWithWordAttachment()).orElseThrow();
        assertEquals(Set.of("__properties_version1.0", "__substg1.0_0037001F"), top);
    }

    @Test
    void readsVersion4FilesWith4096ByteSectors() throws IOException {
        byte[] file = CompoundFiles.version4("WordDocument", "1Table");
        try (POIFSFileSystem poi = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            assertTrue(poi.getRoot().hasEntry("WordDocument"), "the hand-made file is a valid one");
        }
        assertEquals(Optional.of(Set.of("WordDocument", "1Table")), CompoundFile.topLevelStreams(file));
    }

    @Test
    void readsAFileWhoseAllocationTableNeedsMoreThanTheHeaderCanList() {
        byte[] big = CompoundFiles.withStreams(8 * 1024 * 1024, "WordDocument");
        assertTrue(int32(big, 72) > 0, "the FAT's sectors go on past the header, into DIFAT sectors");
        assertTrue(big.length <= EvidenceType.MAX_BYTES);
        assertEquals(Optional.of(Set.of("WordDocument")), CompoundFile.topLevelStreams(big));
    }

    @Test
    void aFileCutShortIsUnreadable() {
        byte[] excel = CompoundFiles.excel();
        assertTrue(CompoundFile.topLevelStreams(Arrays.copyOf(excel, excel.length / 2)).isEmpty());
        assertTrue(CompoundFile.topLevelStreams(Arrays.copyOf(excel, 512)).isEmpty());
        assertTrue(CompoundFile.topLevelStreams(Arrays.copyOf(CompoundFile.SIGNATURE, 8)).isEmpty());
        byte[] big = CompoundFiles.withStreams(600_000, "WordDocument");
        assertTrue(CompoundFile.topLevelStreams(Arrays.copyOf(big, big.length - 4096)).isEmpty(),
                "the allocation table gives out sectors past the end");
    }

    @Test
    @Timeout(10)
    void loopsInTheDirectoryOrInAChainAreUnreadable() {
        byte[] siblingLoop = CompoundFiles.version4("WordDocument", "1Table");
        ByteBuffer.wrap(siblingLoop).order(ByteOrder.LITTLE_ENDIAN).putInt(2 * 4096 + 2 * 128 + 72, 1);
        assertTrue(CompoundFile.topLevelStreams(siblingLoop).isEmpty());

        byte[] chainLoop = CompoundFiles.version4("WordDocument");
        ByteBuffer.wrap(chainLoop).order(ByteOrder.LITTLE_ENDIAN).putInt(4096 + 4, 1);
        assertTrue(CompoundFile.topLevelStreams(chainLoop).isEmpty());

        byte[] outside = CompoundFiles.version4("WordDocument");
        ByteBuffer.wrap(outside).order(ByteOrder.LITTLE_ENDIAN).putInt(2 * 4096 + 76, 40);
        assertTrue(CompoundFile.topLevelStreams(outside).isEmpty(), "a child beyond the directory");

        byte[] wrongVersion = CompoundFiles.version4("WordDocument");
        wrongVersion[30] = 9;
        assertTrue(CompoundFile.topLevelStreams(wrongVersion).isEmpty(), "version 4 has 4096-byte sectors");
    }
}
