package org.healthengineering.portal.domain.credential;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BitstringStatusListTest {

    /** The encodedList of the Bitstring Status List spec's example (w3c/vc-bitstring-status-list): all clear. */
    private static final String SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void theSpecsExampleIsAnEmptyListOfTheMinimumSize() {
        BitstringStatusList list = BitstringStatusList.decode(SPEC_EXAMPLE);

        assertEquals(131_072, list.size());
        assertEquals(BitstringStatusList.ofSize(131_072), list);
    }

    @Test
    void aListRoundTrips() {
        BitstringStatusList list = BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE)
                .withStatus(0, true).withStatus(94_567, true).withStatus(131_071, true);

        String encoded = list.encode();
        BitstringStatusList back = BitstringStatusList.decode(encoded);

        assertTrue(encoded.startsWith("u"), encoded);
        assertFalse(encoded.contains("=") || encoded.contains("+") || encoded.contains("/"), encoded);
        assertEquals(list, back);
        assertTrue(back.isSet(0) && back.isSet(94_567) && back.isSet(131_071));
        assertFalse(back.isSet(1) || back.isSet(94_566) || back.isSet(94_568));
    }

    @Test
    void entryZeroIsTheMostSignificantBitOfTheFirstByte() {
        BitstringStatusList list = BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE)
                .withStatus(0, true).withStatus(9, true).withStatus(15, true);

        byte[] bytes = list.bytes();

        assertEquals((byte) 0x80, bytes[0]);
        assertEquals((byte) 0x41, bytes[1]);
    }

    @Test
    void readingFollowsTheSameOrder() throws Exception {
        byte[] bits = new byte[131_072 / 8];
        bits[2] = 0x20;

        BitstringStatusList list = BitstringStatusList.decode("u" + base64Url(gzip(bits)));

        assertTrue(list.isSet(18));
        assertFalse(list.isSet(21));
    }

    @Test
    void clearingAnEntryReinstates() {
        BitstringStatusList suspended = BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE).withStatus(42, true);

        BitstringStatusList reinstated = suspended.withStatus(42, false);

        assertTrue(suspended.isSet(42));
        assertFalse(reinstated.isSet(42));
        assertNotEquals(suspended, reinstated);
    }

    @Test
    void aListTooShortOrMalformedIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.ofSize(1024));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.ofSize(131_073));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("u" + base64Url(gzip(new byte[1024]))));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("uAAAA"));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("zAAAA"));
        assertThrows(IndexOutOfBoundsException.class,
                () -> BitstringStatusList.ofSize(BitstringStatusList.MINIMUM_SIZE).isSet(131_072));
    }

    @Test
    void aCompressionBombIsRefused() throws Exception {
        byte[] huge = new byte[BitstringStatusList.MAXIMUM_SIZE / 8 + 1];

        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.decode("u" + base64Url(gzip(huge))));
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
