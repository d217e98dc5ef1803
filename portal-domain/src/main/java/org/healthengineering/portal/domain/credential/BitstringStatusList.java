package org.healthengineering.portal.domain.credential;

import com.apicatalog.multibase.Multibase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List: one bit per issued credential, set when it is revoked (or suspended, in a list of
 * that purpose). Published as {@code encodedList}: the bits GZIP-compressed, in base64url multibase ({@code u…}).
 * Entry 0 is the most significant bit of the first byte. A list holds at least 131,072 entries, so that a revoked
 * credential hides among many.
 * <p>
 * The list is a value: {@link #withStatus} answers a new list and leaves this one unchanged.
 */
public final class BitstringStatusList {

    /** The spec's minimum length, 16 KB. */
    public static final int MINIMUM_SIZE = 131_072;
    /** The longest list read from elsewhere, 32 Mi entries (4 MB unpacked): a bound on a hostile GZIP bomb. */
    static final int MAXIMUM_SIZE = 1 << 25;

    private final byte[] bits;

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /** A list of {@code size} entries, all clear; {@code size} is at least 131,072 and a multiple of 8. */
    public static BitstringStatusList ofSize(int size) {
        if (size < MINIMUM_SIZE || size > MAXIMUM_SIZE || size % 8 != 0) {
            throw new IllegalArgumentException("a status list holds between " + MINIMUM_SIZE + " and " + MAXIMUM_SIZE
                    + " entries, a multiple of 8; not " + size);
        }
        return new BitstringStatusList(new byte[size / 8]);
    }

    /**
     * The list an {@code encodedList} holds.
     *
     * @throws IllegalArgumentException when it is not base64url multibase of GZIP data, or is shorter than 131,072
     *                                  entries or longer than {@link #MAXIMUM_SIZE}
     */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || !Multibase.BASE_64_URL.isEncoded(encodedList)) {
            throw new IllegalArgumentException("the encoded list is not base64url multibase (starting with u)");
        }
        byte[] compressed;
        try {
            compressed = Multibase.BASE_64_URL.decode(encodedList);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the encoded list is not valid base64url", e);
        }
        byte[] bits;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            bits = in.readNBytes(MAXIMUM_SIZE / 8 + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("the encoded list is not GZIP data", e);
        }
        if (bits.length > MAXIMUM_SIZE / 8) {
            throw new IllegalArgumentException("the status list is longer than " + MAXIMUM_SIZE + " entries");
        }
        if (bits.length * 8 < MINIMUM_SIZE) {
            throw new IllegalArgumentException("the status list has " + bits.length * 8 + " entries, fewer than "
                    + MINIMUM_SIZE);
        }
        return new BitstringStatusList(bits);
    }

    /** The {@code encodedList} to publish. */
    public String encode() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Multibase.BASE_64_URL.encode(compressed.toByteArray());
    }

    public int size() {
        return bits.length * 8;
    }

    /** Whether the entry at {@code index} is set (revoked, or suspended). */
    public boolean isSet(int index) {
        checkIndex(index);
        return (bits[index >>> 3] & mask(index)) != 0;
    }

    /** This list with the entry at {@code index} set or cleared. */
    public BitstringStatusList withStatus(int index, boolean set) {
        checkIndex(index);
        byte[] changed = bits.clone();
        if (set) {
            changed[index >>> 3] |= mask(index);
        } else {
            changed[index >>> 3] &= (byte) ~mask(index);
        }
        return new BitstringStatusList(changed);
    }

    private static byte mask(int index) {
        return (byte) (0x80 >>> (index & 7));
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("entry " + index + " is outside a list of " + size());
        }
    }

    /** The list whose raw bits these are (as {@link #bytes} gives them). */
    static BitstringStatusList ofBytes(byte[] bits) {
        if (bits.length * 8 < MINIMUM_SIZE || bits.length * 8 > MAXIMUM_SIZE) {
            throw new IllegalArgumentException("a status list of " + bits.length * 8 + " entries");
        }
        return new BitstringStatusList(bits.clone());
    }

    /** The raw bits, entry 0 first, most significant bit first. */
    byte[] bytes() {
        return bits.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BitstringStatusList list && Arrays.equals(bits, list.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }
}
