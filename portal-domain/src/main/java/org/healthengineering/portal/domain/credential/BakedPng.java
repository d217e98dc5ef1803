package org.healthengineering.portal.domain.credential;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A badge image with its credential inside ("baking", OB 3.0 §5.3): one PNG {@code iTXt} chunk with the keyword
 * {@code openbadgecredential} whose text is the credential's JSON (with its embedded proof) or its compact JWT.
 * The chunk is written uncompressed, just before {@code IEND}, replacing any credential already baked in, so the
 * file stays a valid PNG that any viewer shows as before.
 */
public final class BakedPng {

    static final String KEYWORD = "openbadgecredential";

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** The largest credential read out of a compressed chunk (the spec forbids compressing, but be lenient). */
    private static final int MAXIMUM_TEXT = 1 << 20;

    private BakedPng() {
    }

    /**
     * {@code png} with {@code credential} baked in.
     *
     * @throws IllegalArgumentException when {@code png} is not a well-formed PNG
     */
    public static byte[] bake(byte[] png, String credential) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + credential.length() + 64);
        out.writeBytes(SIGNATURE);
        for (Chunk chunk : chunks(png)) {
            if (chunk.isCredential()) {
                continue;
            }
            if (chunk.type().equals("IEND")) {
                writeChunk(out, "iTXt", credentialChunk(credential));
            }
            out.write(png, chunk.start(), chunk.end() - chunk.start());
        }
        return out.toByteArray();
    }

    /**
     * The credential baked into {@code png}, or empty when none is.
     *
     * @throws IllegalArgumentException when {@code png} is not a well-formed PNG
     */
    public static Optional<String> credentialIn(byte[] png) {
        for (Chunk chunk : chunks(png)) {
            if (chunk.isCredential()) {
                return Optional.of(chunk.credentialText());
            }
        }
        return Optional.empty();
    }

    /** The chunk's data: keyword, no compression, empty language tag and translated keyword, the UTF-8 text. */
    private static byte[] credentialChunk(String credential) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[]{0, 0, 0, 0, 0});
        data.writeBytes(credential.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Every chunk up to and including {@code IEND}, each checked against its CRC. */
    private static List<Chunk> chunks(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IllegalArgumentException("not a PNG image");
        }
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        int position = SIGNATURE.length;
        while (true) {
            if (png.length - position < 12) {
                throw new IllegalArgumentException("the PNG image ends before its IEND chunk");
            }
            int length = buffer.getInt(position);
            if (length < 0 || length > png.length - position - 12) {
                throw new IllegalArgumentException("the PNG image has a chunk longer than the file");
            }
            String type = new String(png, position + 4, 4, StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(png, position + 4, 4 + length);
            if ((int) crc.getValue() != buffer.getInt(position + 8 + length)) {
                throw new IllegalArgumentException("the PNG image's " + type + " chunk is damaged (CRC mismatch)");
            }
            Chunk chunk = new Chunk(png, position, type, length);
            chunks.add(chunk);
            position = chunk.end();
            if (type.equals("IEND")) {
                return chunks;
            }
        }
    }

    private record Chunk(byte[] png, int start, String type, int length) {

        int end() {
            return start + 12 + length;
        }

        int dataStart() {
            return start + 8;
        }

        boolean isCredential() {
            if (!type.equals("iTXt") || length <= KEYWORD.length()) {
                return false;
            }
            byte[] keyword = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);
            return Arrays.equals(png, dataStart(), dataStart() + keyword.length, keyword, 0, keyword.length)
                    && png[dataStart() + keyword.length] == 0;
        }

        /** The text after keyword, compression flag and method, language tag and translated keyword. */
        String credentialText() {
            int end = dataStart() + length;
            int p = dataStart() + KEYWORD.length() + 1;
            if (end - p < 2) {
                throw new IllegalArgumentException("the PNG image's credential chunk is malformed");
            }
            boolean compressed = png[p] != 0;
            p += 2;
            p = afterNul(p, end);
            p = afterNul(p, end);
            if (!compressed) {
                return new String(png, p, end - p, StandardCharsets.UTF_8);
            }
            return new String(inflate(Arrays.copyOfRange(png, p, end)), StandardCharsets.UTF_8);
        }

        private int afterNul(int p, int end) {
            while (p < end && png[p] != 0) {
                p++;
            }
            if (p == end) {
                throw new IllegalArgumentException("the PNG image's credential chunk is malformed");
            }
            return p + 1;
        }

        private static byte[] inflate(byte[] data) {
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(data);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new IllegalArgumentException("the PNG image's credential chunk is damaged");
                    }
                    out.write(buffer, 0, n);
                    if (out.size() > MAXIMUM_TEXT) {
                        throw new IllegalArgumentException("the credential in the PNG image is too large");
                    }
                }
                return out.toByteArray();
            } catch (DataFormatException e) {
                throw new IllegalArgumentException("the PNG image's credential chunk is damaged", e);
            } finally {
                inflater.end();
            }
        }
    }
}
